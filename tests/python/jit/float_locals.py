# Locals that float arithmetic writes stay raw doubles in compiled code across blocks and
# loop iterations. Everything that can look at them must still see the right float: calls,
# handlers in the same function, frames of callers, generators, deoptimisation, identity.
import sys


def accumulate(n):
    total = 0.0
    scale = 1.5
    for i in range(n):
        step = i * scale
        total += step / 2
        if i % 7 == 0:
            total -= 0.25
    return total, step


def handler_reads(n):
    x = 0.0
    caught = []
    for i in range(n):
        x = x * 0.5 + i
        try:
            if i % 50 == 49:
                [][i]
        except IndexError:
            caught.append(round(x, 6))
    return caught, x


def peek_caller():
    return sys._getframe(1).f_locals["dx"]


def caller_frame(n):
    seen = []
    dx = 0.0
    for i in range(n):
        dx = dx + 0.75
        if i % 100 == 99:
            seen.append(peek_caller())
    return seen


def type_changes(n):
    v = 1.0
    out = []
    for i in range(n):
        v = v * 1.01
        if i == n - 3:
            v = "text"
            out.append(v)
            v = 2.0
        if i == n - 2:
            v = 7
            out.append(v + 1)
            v = 3.5
    out.append(v)
    return out


def identity(n):
    same = 0
    for i in range(n):
        a = i * 0.5
        b = a
        if b is a:
            same += 1
    return same


def deleted(n):
    r = 0.0
    for i in range(n):
        r = r + 1.5
        if i == n - 1:
            del r
    try:
        return r
    except UnboundLocalError as e:
        return str(e)


def gen(n):
    acc = 0.0
    for i in range(n):
        acc = acc + i * 0.5
        yield acc
        acc = acc * 1.0


def powers(xs, e):
    out = []
    for x in xs:
        try:
            p = x ** e
        except ZeroDivisionError as err:
            p = "ZeroDivisionError: %s" % err
        except OverflowError as err:
            p = "OverflowError: %s" % err
        out.append(p)
    return out


def norm(points):
    out = []
    for x, y, z in points:
        d2 = x * x + y * y + z * z
        d = d2 ** 0.5
        out.append(d2 * d ** -1.5)
    return out


def raised_mid_expression(n):
    x = 1.0
    for i in range(n):
        x = x + 0.5
        if i == n - 1:
            try:
                x = x / (i - i + 0.0)
            except ZeroDivisionError as e:
                return "ZeroDivisionError", str(e), x
    return x


for _ in range(3):
    print(accumulate(2000))
    print(handler_reads(200))
    print(caller_frame(400))
    print(type_changes(300))
    print(identity(500))
    print(deleted(300))
    g = gen(400)
    print(sum(g))
    print(powers([2.0, 0.5, 10.0, 0.0, -8.0, float("inf"), float("nan")] * 40, 2.5)[:7])
    print(powers([2.0, 0.0, 1e200] * 40, -1.0)[:3])
    print(powers([10.0, 1e10] * 40, 400.0)[:2])
    print(powers([-8.0, 4.0] * 40, 1 / 3)[:2])
    print(powers([1.5, 2.5] * 40, 3)[:2])
    print(norm([(1.0, 2.0, 2.0), (3.0, 4.0, 12.0)] * 200)[:2])
    print(raised_mid_expression(300))
