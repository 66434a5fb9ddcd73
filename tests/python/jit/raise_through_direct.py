# Exceptions leaving a function called directly by compiled code (returned to the caller
# rather than thrown): the caller's handlers, the target of the call left unassigned,
# tracebacks, chaining, finally blocks, constructors, properties and operators.
import sys
import traceback


def sometimes(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def keeps_old_target(n):
    x = "old"
    seen = []
    for i in range(n):
        try:
            x = sometimes(i)
        except ValueError as e:
            seen.append((x, e.args[0]))
    return seen[:3], seen[-1], len(seen)


print("target", keeps_old_target(1500))


def always(i):
    raise KeyError(i)


def catches(n):
    count = 0
    last = None
    for i in range(n):
        try:
            always(i)
        except KeyError as e:
            count += 1
            last = e
    return count, last.args, last.__traceback__.tb_next.tb_frame.f_code.co_name


print("always", catches(1500))


def bottom(n):
    if n == 0:
        raise LookupError("bottom")
    return bottom(n - 1) + 1


def with_finally(n, log):
    try:
        return bottom(n)
    finally:
        log.append(n)


def recursion(n):
    log = []
    caught = 0
    for i in range(n):
        try:
            with_finally(i % 6, log)
        except LookupError:
            caught += 1
    return caught, sum(log)


print("recursion", recursion(1200))


def names_in_traceback():
    try:
        with_finally(3, [])
    except LookupError:
        tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


for _ in range(300):
    names = names_in_traceback()
print("traceback", names)


def chained(i):
    try:
        return {}[i]
    except KeyError as e:
        raise RuntimeError("missing %d" % i) from e


def implicit(i):
    try:
        return [][i]
    except IndexError:
        raise TypeError("no item %d" % i)


def chains(n):
    out = []
    for i in range(n):
        try:
            chained(i)
        except RuntimeError as e:
            out.append((type(e.__cause__).__name__, e.__suppress_context__))
        try:
            implicit(i)
        except TypeError as e:
            out.append((type(e.__context__).__name__, e.__cause__, e.__suppress_context__))
    return out[-2:], len(out)


print("chains", chains(900))


def reraises(i):
    try:
        raise OSError(i)
    except OSError:
        raise


def bare_reraise(n):
    total = 0
    for i in range(n):
        try:
            reraises(i)
        except OSError as e:
            total += e.args[0]
            frames = len(traceback.extract_tb(e.__traceback__))
    return total, frames


print("reraise", bare_reraise(700))


class Checked:
    def __init__(self, v):
        if v % 7 == 3:
            raise ValueError("unwanted %d" % v)
        self.v = v

    @property
    def half(self):
        if self.v % 2:
            raise ArithmeticError("odd")
        return self.v // 2

    def __add__(self, other):
        if other == 13:
            raise OverflowError("unlucky")
        return Checked(self.v + other)


def objects(n):
    made = failed = halves = odd = added = unlucky = 0
    for i in range(n):
        try:
            c = Checked(i - 5)
            made += 1
        except ValueError:
            failed += 1
            continue
        try:
            halves += c.half
        except ArithmeticError:
            odd += 1
        try:
            c = c + (i % 20)
            added += c.v
        except (OverflowError, ValueError):
            unlucky += 1
    return made, failed, halves, odd, added, unlucky


print("objects", objects(1000))


def exc_info_after(n):
    inside = None
    for i in range(n):
        try:
            always(i)
        except KeyError:
            inside = sys.exc_info()[0]
    return inside, sys.exc_info()


print("exc_info", exc_info_after(500))


def stops(i):
    raise StopIteration(i)


def gen(n):
    for i in range(n):
        yield i
        if i == n - 1:
            stops(i)


def pep479(n):
    caught = 0
    for k in range(n):
        try:
            for _ in gen(3):
                pass
        except RuntimeError as e:
            caught += isinstance(e.__cause__, StopIteration)
    return caught


print("pep479", pep479(400))


def uncaught(i):
    if i == 999:
        raise ZeroDivisionError("at the end")
    return i


def runs(n):
    s = 0
    for i in range(n):
        s += uncaught(i)
    return s


runs(1000)
