# A local that a helper computes (no inline fast path: ~, a slice, `not in`, an import)
# right before a yield or a call keeps its new value across the suspension: compiled code
# wrote such registers back before computing them and then took them for clean.
import sys


def flips(n):
    x = 0
    for _ in range(n):
        x = ~x
        yield x


def shrinking(stack):
    while len(stack) > 1:
        stack = stack[:-1]
        yield len(stack)


def names(words):
    seen = ""
    for w in words:
        seen = seen + w if w not in seen else seen
        yield seen


def importer(names_):
    for name in names_:
        mod = __import__(name)
        yield mod.__name__


def called(n):
    total = 0
    for i in range(n):
        total = ~total
        sys.intern("x")
        total = ~total
    return total


for _ in range(3):
    print(list(flips(5)))
    print(list(shrinking([1, 2, 3, 4])))
    print(list(names(["a", "b", "a", "c"])))
    print(list(importer(["math", "sys"])))
    print(called(4))
