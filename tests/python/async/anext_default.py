# anext(iterator, default): the default is the awaitable's result once the iterator ends;
# without one, anext() returns __anext__()'s awaitable itself.
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1
    yield 2


class Ended:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def main():
    g = agen()
    print(await anext(g, "d"), await anext(g, "d"), await anext(g, "d"), await anext(g, "d"))
    print(await anext(Ended(), 42))
    print(await anext(Ended(), None))
    try:
        await anext(Ended())
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)


run(main())

a = anext(agen(), 0)
print(type(a).__name__, a.__await__() is a, iter(a) is a)
print(sorted(n for n in dir(a) if not n.startswith("_")))
print(a.close())
print(type(anext(agen())).__name__)

for bad in (1, "s", [], Ended):
    for args in ((bad,), (bad, 0)):
        try:
            anext(*args)
        except TypeError as e:
            print("TypeError:", e)
try:
    anext()
except TypeError as e:
    print("TypeError:", e)
try:
    anext(Ended(), 1, 2)
except TypeError as e:
    print("TypeError:", e)


class NotAwaitable:
    def __anext__(self):
        return 5


b = anext(NotAwaitable(), 1)
for step in (lambda: b.send(None), lambda: next(b), lambda: b.throw(ValueError)):
    try:
        step()
    except TypeError as e:
        print("TypeError:", e)
print(type(anext(NotAwaitable())).__name__)


class CoroutineNext:
    def __anext__(self):
        async def c():
            raise StopAsyncIteration

        return c()


x = anext(CoroutineNext(), "dd")
try:
    x.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
x = anext(CoroutineNext(), "dd")
try:
    x.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
x = anext(CoroutineNext(), "dd")
try:
    x.throw(ValueError, "v2", None)
except ValueError as e:
    print("ValueError", e)


@types.coroutine
def pause(v):
    return (yield v)


class MyError(Exception):
    pass


async def agenfn():
    try:
        await pause(1)
    except MyError:
        await pause(2)
    return
    yield


g = anext(agenfn(), "default").__await__()
print(g.send(None), g.throw(MyError, MyError(), None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
g = anext(agenfn(), "default").__await__()
g.send(None)
g.close()
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
