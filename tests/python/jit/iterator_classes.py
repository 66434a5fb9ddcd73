# Iterators written in Python: their __next__ ends the iteration by raising StopIteration,
# which loops, builtins and unpacking take as the end (from compiled code without a JS
# throw); anything else it raises propagates with its traceback.
import traceback


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Done(StopIteration):
    pass


class Pairs:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i + 1 >= len(self.items):
            raise Done("no more", self.i)
        a, b = self.items[self.i], self.items[self.i + 1]
        self.i += 2
        return a + b


class Faulty:
    def __init__(self, fail_at):
        self.i = 0
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError("broken at %d" % self.i)
        if self.i > 10:
            raise StopIteration(self.i)
        return self.i


def loops(n):
    total = 0
    for k in range(n):
        for x in Countdown(k % 7):
            total += x
        total += sum(Pairs(list(range(k % 9))))
        total += len(list(Countdown(3)))
        a, b = Countdown(2)
        total += a * 10 + b
        total += max(Countdown(5), default=-1)
    return total


print("loops", loops(2000))


def faults(n):
    seen = []
    for k in range(n):
        try:
            for x in Faulty(k % 12 + 1):
                pass
            seen.append("completed")
        except ValueError as e:
            seen.append(str(e))
    return seen[:12], len(seen)


print("faults", faults(600))


def traced():
    try:
        list(Faulty(4))
    except ValueError as e:
        return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


for _ in range(300):
    where = traced()
print("traceback", where)


def gen_over(n):
    for x in Countdown(n):
        yield x * 2


def through_generators(n):
    return sum(sum(gen_over(k % 5)) for k in range(n))


print("generators", through_generators(1500))


def manual(n):
    out = 0
    for k in range(n):
        it = Countdown(2)
        out += next(it) + next(it)
        try:
            next(it)
        except StopIteration as e:
            out += e.value is None
        out += next(it, 100)
    return out


print("manual", manual(800))


class Swapped(Countdown):
    pass


def stop_at_once(self):
    raise StopIteration


def replaced(n):
    total = 0
    for k in range(n):
        if k == n // 2:
            Swapped.__next__ = stop_at_once
        total += sum(Swapped(3))
    return total


print("replaced", replaced(1000))
