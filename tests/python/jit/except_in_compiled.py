# Exceptions caught by a handler of the function that is running, in hot loops, so that
# compiled code goes on at the handler itself: tracebacks, __context__, re-raising through
# `finally`, keyword calls that raise, sys.exc_info, generators and direct callees.
import sys
import traceback


def lines(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def fail(x, scale=1):
    if x % 3 == 0:
        raise ValueError(x * scale)
    return x


def caught_from_callee(n):
    total = 0
    last = None
    for i in range(n):
        try:
            total += fail(i, scale=2)
        except ValueError as e:
            total -= e.args[0]
            last = e
        # After a keyword call that raised, a plain call must not see stale keywords.
        total += fail(1)
    return total, lines(last), last.__context__


print(caught_from_callee(300))


def context_chain(n):
    seen = []
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError:
                raise RuntimeError("from handler %d" % i)
        except RuntimeError as e:
            seen.append((type(e.__context__).__name__, e.__context__.args, e.__suppress_context__))
    return seen[-1], len(seen)


print(context_chain(200))


def finally_reraise(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
                out.append(i)
            finally:
                out.append(-1)
        except IndexError as e:
            out.append(lines(e))
    return out[-4:], len(out)


print(finally_reraise(200))


def bare_raise(n):
    count = 0
    info = None
    for i in range(n):
        try:
            try:
                int("x")
            except ValueError:
                info = sys.exc_info()[0]
                raise
        except ValueError as e:
            count += 1
            tb = lines(e)
    return count, info, tb, sys.exc_info()


print(bare_raise(200))


def returns_in_finally(n):
    def f(i):
        try:
            if i % 2:
                raise KeyError(i)
            return "body"
        finally:
            if i % 4 == 1:
                return "finally"

    out = []
    for i in range(n):
        try:
            out.append(f(i))
        except KeyError as e:
            out.append(e.args)
    return out[-4:]


print(returns_in_finally(200))


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return t is ZeroDivisionError


def with_suppress(n):
    s = 0
    for i in range(n):
        with Suppress():
            s += 10 // (i % 5)
    return s


print(with_suppress(500))


def gen(n):
    for i in range(n):
        try:
            if i % 4 == 0:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -e.args[0]


print(sum(gen(400)), list(gen(9)))


def direct_callee(x):
    try:
        return 100 // x
    except ZeroDivisionError as e:
        return lines(e)


def drive(n):
    out = 0
    for i in range(n):
        r = direct_callee(i % 7)
        if isinstance(r, list):
            last = r
        else:
            out += r
    return out, last


print(drive(600))


def locals_in_handler(n):
    for i in range(n):
        marker = i * 2
        try:
            raise LookupError(marker)
        except LookupError as e:
            frame = e.__traceback__.tb_frame
            snapshot = (frame.f_locals["marker"], frame.f_locals["i"], frame.f_lineno)
    return snapshot


print(locals_in_handler(300))


def uncaught_inner(n):
    for i in range(n):
        try:
            if i == n - 1:
                raise TypeError("last")
        except ValueError:
            pass


try:
    uncaught_inner(300)
except TypeError as e:
    print(lines(e))
