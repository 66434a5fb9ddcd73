# bench-group: language
"""Exceptions: raising and catching built-in and user-defined exceptions,
try/finally, re-raising, chained exceptions and the `with` statement."""

from _harness import run

LOOPS = 20000


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, "application error %d" % code)
        self.code = code


class NotFound(AppError):
    pass


class Resource(object):
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append(1)
        return self

    def __exit__(self, kind, value, tb):
        self.log.append(2)
        return kind is KeyError


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(len(key))


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def workload():
    d = {"a": 1, "b": 2}
    caught = 0
    finals = 0
    codes = 0
    log = []
    for i in range(LOOPS):
        try:
            lookup(d, "missing" if i % 2 else "a")
        except NotFound as e:
            codes += e.code
            caught += 1
        try:
            int("x%d" % i)
        except (TypeError, ValueError):
            caught += 1
        finally:
            finals += 1
        try:
            try:
                [][i]
            except IndexError as e:
                raise AppError(i % 7) from e
        except AppError as e:
            if isinstance(e.__cause__, IndexError):
                codes += e.code
        with Resource(log):
            if i % 3 == 0:
                raise KeyError(i)
        if i % 50 == 0:
            try:
                deep(20)
            except ValueError:
                caught += 1
    return (caught, finals, codes, len(log))


if __name__ == "__main__":
    run(workload, (30400, 20000, 129997, 40000))
