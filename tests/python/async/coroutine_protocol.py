# Coroutine protocol corners: `yield from` a coroutine in an iterable coroutine, awaiting
# a coroutine that is suspended in an await of its own, using a finished coroutine,
# cr_suspended, and what `async for` makes of an __anext__ that is not awaitable.
import types


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        cause = e.__cause__
        print(label, "raised", type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None)


async def spam():
    return "spam"


@types.coroutine
def delegating():
    return (yield from spam())


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


show("yield from a coroutine in an iterable coroutine", lambda: drive(delegating()))


def plain(coro):
    yield from coro


unused = spam()
show("yield from a coroutine in a generator", lambda: list(plain(unused)))
unused.close()


@types.coroutine
def nop():
    yield


async def waits():
    await nop()


async def waiter(c):
    await c


c = waits()
print("cr_suspended before:", c.cr_suspended)
c.send(None)
print("cr_suspended while awaiting:", c.cr_suspended)
show("await a coroutine that awaits", lambda: waiter(c).send(None))
show("resume it", lambda: c.send(None))
print("cr_suspended after:", c.cr_suspended)
show("send to a finished coroutine", lambda: c.send(None))
show("throw into a finished coroutine", lambda: c.throw(ValueError("late")))
show("close a finished coroutine", lambda: c.close())


def gen():
    yield 1


g = gen()
next(g)
show("generator: throw after the end", lambda: (list(g), g.throw(ValueError("v")))[1])


class Bad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class NotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def loop(it):
    async for _ in it:
        pass


show("async for, __await__ raises", lambda: loop(Bad()).send(None))
show("async for, not awaitable", lambda: loop(NotAwaitable()).send(None))

ct = types.CoroutineType
for name in ("send", "throw", "close"):
    print(name, "|", getattr(ct, name).__doc__.splitlines()[0])
print(ct.__dict__["__name__"].__doc__, "|", ct.__dict__["cr_await"].__doc__)
print(types.GeneratorType.send.__doc__.splitlines()[0])
print(types.AsyncGeneratorType.asend.__doc__)
