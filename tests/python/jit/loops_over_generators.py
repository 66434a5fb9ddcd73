# Hot loops over generators: values, the end, errors raised inside, a generator that reads
# its consumer's locals, one that is already running, and a loop whose iterator changes kind.
import sys


def count(n):
    for i in range(n):
        yield i


def peek():
    # The consumer's frame must show its current locals.
    for k in range(3):
        yield sorted(v for v in sys._getframe(1).f_locals if not v.startswith("_"))


def failing(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


def consume(it):
    total = 0
    for x in it:
        total += x
    return total


def consume_peek():
    seen = None
    marker = 1
    for names in peek():
        seen = names
        marker += 1
    return seen, marker


def consume_failing():
    got = []
    try:
        for x in failing(5):
            got.append(x)
    except KeyError as e:
        return got, repr(e)


def reentrant():
    def gen():
        yield 1
        for x in g:
            yield x

    g = gen()
    try:
        return list(g)
    except ValueError as e:
        return str(e)


for i in range(300):
    a = consume(count(i % 7))
    b = consume([1, 2, 3]) if i % 50 == 0 else consume(count(3))
    c = consume_peek()
    d = consume_failing()
    e = reentrant()
print(a, b, c, d, e)
print(consume(x * 2 for x in range(4)), consume(iter([5, 6])), consume(count(0)))
