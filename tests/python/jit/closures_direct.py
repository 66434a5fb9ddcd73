# Closures and functions with cells, called from compiled code through their direct entry:
# the free variables come from the function called (two closures of one code share the
# entry but not their cells), cells of parameters are made on entry, and everything that
# looks at the frame (super(), sys._getframe, tracebacks, an empty cell) sees what CPython's
# frames show.
import sys


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count

    return bump


def use(fs, n):
    total = 0
    for i in range(n):
        for f in fs:
            total += f(i)
    return total


add1, add10 = make_adder(1), make_adder(10)
bump = make_counter()
for _ in range(60):
    use([add1, add10, bump], 10)
print(use([add1, add10, bump], 5), bump(0))


def param_cell(x, y):
    # x lives in a cell: the inner function reads it after x changes
    def get():
        return x * 100 + y

    x += 1
    return get()


def calls_param_cell(n):
    return [param_cell(i, 2) for i in range(n)]


for _ in range(60):
    calls_param_cell(5)
print(calls_param_cell(4))


class Base:
    def value(self, k):
        return k + 1


class Child(Base):
    def value(self, k):
        return super().value(k) * 2


def values(objs, k):
    return [o.value(k) for o in objs]


for _ in range(100):
    values([Child(), Base()], 3)
print(values([Child(), Base(), Child()], 5))


def make_peeker(tag):
    def peek(v):
        caller = sys._getframe(1)
        return (tag, v, caller.f_code.co_name, caller.f_locals.get("i"))

    return peek


def peeks(p, n):
    out = None
    for i in range(n):
        out = p(i)
    return out


p = make_peeker("t")
for _ in range(60):
    peeks(p, 5)
print(peeks(p, 7))


def make_deleter():
    gone = 1

    def read(flag):
        if flag:
            return gone
        return -1

    def forget():
        nonlocal gone
        del gone

    return read, forget


read, forget = make_deleter()


def reads(n, flag):
    return sum(read(flag) for _ in range(n))


for _ in range(60):
    reads(5, True)
forget()
try:
    reads(3, True)
except NameError as e:
    print("NameError:", e)
print(reads(3, False))


def make_raiser(limit):
    def check(v):
        if v > limit:
            raise ValueError(f"{v} > {limit}")
        return v

    return check


def checks(c, n):
    t = 0
    for i in range(n):
        t += c(i)
    return t


c5 = make_raiser(5)
for _ in range(60):
    checks(c5, 5)
try:
    checks(c5, 9)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError:", e, names)
print(checks(make_raiser(100), 10), checks(c5, 6))
