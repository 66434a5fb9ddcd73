# Generators whose frames are resumed by compiled code: every way into and out of a
# suspended frame must behave as in the interpreter.
import sys
import gc
import traceback

N = 600


def squares(n):
    for i in range(n):
        yield i * i


print("sum:", sum(squares(N)), list(squares(5)))


def with_finally(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally")


log = []
g = with_finally(N, log)
print("partial:", [next(g) for _ in range(N - 5)][-1])
g.close()
print("closed:", log)


def handler(n):
    for i in range(n):
        try:
            yield 10 // (n - 1 - i)
        except ZeroDivisionError:
            yield "caught at %d" % i


print("handled:", list(handler(N))[-3:])


def echo():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            total = -1
            continue
        if x is None:
            return total
        total += x


def drive():
    g = echo()
    next(g)
    for i in range(N):
        g.send(i)
    r1 = g.throw(ValueError("reset"))
    for i in range(10):
        g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        return r1, e.value


print("send/throw:", drive())


def inner(n):
    for i in range(n):
        yield i
    return "inner done"


def outer(n):
    r = yield from inner(n)
    yield r


print("yield from:", list(outer(N))[-2:])


def mixed(n):
    for i in range(n):
        yield i + 1
    yield 1.5 + 1
    yield "a" + "b"
    yield [1] + [2]


print("deopt inside:", list(mixed(N))[-4:])


def frames(n):
    for i in range(n):
        local = i * 3
        yield sys._getframe().f_lineno


g = frames(N)
for _ in range(N - 1):
    next(g)
print("suspended frame:", g.gi_frame.f_locals["local"], g.gi_frame.f_lineno, g.gi_running)


def raises(n):
    for i in range(n):
        yield n // (n - 1 - i)


try:
    list(raises(N))
except ZeroDivisionError as e:
    print("traceback:", [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])


def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    doubled = (2 * x for x in evens)
    return sum(doubled), max(y for y in squares(n))


print("pipeline:", pipeline(N))


class Resource:
    closed = 0


def holder():
    try:
        while True:
            yield 1
    finally:
        Resource.closed += 1


def abandon():
    for i in range(N):
        g = holder()
        next(g)
        next(g)
        del g
    gc.collect()
    return Resource.closed


print("abandoned:", abandon() == N)


def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == "stop":
            return n


c = counter()
vals = [next(c) for _ in range(N)]
try:
    c.send("stop")
except StopIteration as e:
    print("stopped:", vals[-1], e.value)
try:
    next(c)
except StopIteration as e:
    print("after the end:", e.value)
