# bench-group: language
"""Coroutines: `async def` functions awaiting each other, driven without an
event loop, and generator-based coroutines fed with send()."""

from _harness import run


class Ready(object):
    """An awaitable that yields control once, then produces its value."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield self
        return self.value


async def fib(n):
    if n < 2:
        return await Ready(n)
    return await fib(n - 1) + await fib(n - 2)


def drive(coro):
    switches = 0
    try:
        while True:
            coro.send(None)
            switches += 1
    except StopIteration as stop:
        return stop.value, switches


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def workload():
    value, switches = drive(fib(22))
    avg = averager()
    next(avg)
    last = None
    for i in range(150000):
        last = avg.send(i % 100)
    return (value, switches, last)


if __name__ == "__main__":
    run(workload, (17711, 28657, 49.5))
