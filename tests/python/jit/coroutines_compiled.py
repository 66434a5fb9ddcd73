# Coroutines run in compiled code once hot: await chains (sent to the innermost awaitable
# directly), exceptions raised and caught across awaits, async for / async with, and
# throw()/close() into a suspended chain.
import sys


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("tick", self.value)
        return self.value


class Failing:
    def __await__(self):
        yield "about to fail"
        raise ValueError("awaited failure")


async def fib(n):
    if n < 2:
        return await Ready(n)
    return await fib(n - 1) + await fib(n - 2)


def drive(coro, sent=None):
    yields = []
    try:
        while True:
            yields.append(coro.send(sent))
    except StopIteration as stop:
        return stop.value, len(yields)


for n in (1, 5, 12, 15):
    print("fib", n, drive(fib(n)))


async def catcher(depth):
    if depth == 0:
        return await Failing()
    try:
        return await catcher(depth - 1)
    except ValueError as e:
        if depth % 3 == 0:
            return "caught at %d: %s" % (depth, e)
        raise


for d in range(6):
    try:
        print("catcher", d, drive(catcher(d)))
    except ValueError as e:
        tb = e.__traceback__
        frames = 0
        while tb is not None:
            frames += 1
            tb = tb.tb_next
        print("catcher", d, "escaped:", e, "frames", frames)


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Ready(self.i)


class Manager:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("enter")
        return await Ready(10)

    async def __aexit__(self, t, v, tb):
        self.log.append("exit %s" % (t.__name__ if t else None))
        await Ready(0)
        return t is KeyError


async def looping(n):
    log = []
    total = 0
    async for v in Counter(n):
        total += v
    async with Manager(log) as m:
        total += m
    async with Manager(log):
        raise KeyError("swallowed")
    return total, log


for n in (0, 3, 200, 500):
    print("looping", n, drive(looping(n)))


async def bad_iter():
    async for _ in Ready(1):
        pass


try:
    drive(bad_iter())
except TypeError as e:
    print("TypeError:", e)


async def waiter(log):
    try:
        await Ready("a")
        await Ready("b")
    except GeneratorExit:
        log.append("closed")
        raise
    finally:
        log.append("finally")


for i in range(300):
    log = []
    c = waiter(log)
    c.send(None)
    if i % 2:
        c.close()
    else:
        try:
            c.throw(RuntimeError("thrown %d" % i))
        except RuntimeError as e:
            log.append(str(e))
    if i % 100 == 0 or i % 100 == 1:
        print("waiter", i, log)


async def outer_frames():
    return await inner_frames()


async def inner_frames():
    await Ready(0)
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 3:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


for i in range(200):
    r = drive(outer_frames())
print("frames", r)

c = fib(3)
c.send(None)
try:
    c.send(None) and c.send(None)
    c.send(None)
    c.send(None)
    c.send(None)
except StopIteration as e:
    print("fib(3) done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
