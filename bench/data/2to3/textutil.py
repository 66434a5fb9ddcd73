# A Python 2 module used as input by bench/lib2to3_refactor.py.
import string
import types


def words(text):
    return string.split(text)


def is_text(value):
    return type(value) in (types.StringType, types.UnicodeType)


def counts(text):
    freq = {}
    for w in words(text):
        freq[w] = freq.get(w, 0) + 1
    pairs = freq.items()
    pairs.sort(lambda a, b: cmp(b[1], a[1]))
    return pairs


def ask(prompt):
    answer = raw_input(prompt)
    return intern(answer.strip())


def run_code(source, env):
    exec source in env
    return apply(env["main"], (1, 2))


def show(seq):
    it = iter(seq)
    first = it.next()
    print `first`
    return u"done", ur"raw"
