# bench-group: language
"""Calls: positional, keyword and default arguments, *args and **kwargs,
bound and static methods, and closures."""

from _harness import run

LOOPS = 50000


def positional(a, b, c, d):
    return a + b + c + d


def with_defaults(a, b=2, c=3, *, d=4):
    return a * b + c - d


def star_args(*args, **kwargs):
    return len(args) + len(kwargs)


class Counter(object):
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n
        return self

    @staticmethod
    def twice(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls()


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_accumulator():
    total = 0

    def acc(x):
        nonlocal total
        total += x
        return total
    return acc


def workload():
    s = 0
    counter = Counter.make()
    add5 = make_adder(5)
    acc = make_accumulator()
    bump = counter.bump
    for i in range(LOOPS):
        s += positional(i, 1, 2, 3)
        s += with_defaults(i) + with_defaults(i, 3) + with_defaults(i, c=1, d=0)
        s += star_args(1, 2, 3, x=1) + star_args(*(i, i), **{"k": i})
        counter.bump(1).bump(2)
        bump(3)
        s += Counter.twice(i)
        s += add5(i)
        acc(1)
        s += (lambda y: y - 1)(i)
    return (s % 1000000007, counter.count, acc(0))


if __name__ == "__main__":
    run(workload, (499895, 300000, 50000))
