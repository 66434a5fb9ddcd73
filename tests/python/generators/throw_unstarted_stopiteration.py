# StopIteration thrown into a generator that has not started is raised in its frame, so
# PEP 479 turns it into RuntimeError as for one raised in the body; other exceptions pass
# unchanged, and the generator is finished either way.


def gen():
    yield 1


for exc in (StopIteration, StopIteration("v"), ValueError("x"), GeneratorExit):
    g = gen()
    try:
        g.throw(exc)
    except BaseException as e:
        cause = e.__cause__
        print(type(e).__name__, e, type(cause).__name__ if cause else None, e.__suppress_context__)
    print("finished", next(g, "done"))


async def coro():
    return 1


c = coro()
try:
    c.throw(StopIteration)
except BaseException as e:
    print("coroutine", type(e).__name__, e, type(e.__cause__).__name__)


async def agen():
    yield 1


a = agen()
try:
    a.athrow(StopAsyncIteration).send(None)
except BaseException as e:
    print("async generator", type(e).__name__, e, type(e.__cause__).__name__)
