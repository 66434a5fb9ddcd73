# `d[k]` and `seq[i]` that raise under a handler of the same function: compiled code goes to
# the handler without throwing, so everything the handler and the traceback see must be
# what raising gives: the exception's type and args, tb_lineno, __context__, handlers that
# do not match, finally blocks, dict subclasses with __missing__.
import traceback


def lookups(d, keys):
    found = missing = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError as e:
            missing += 1
            last = e
    return found, missing, last.args, type(last).__name__


d = {"a": 1, "b": 2, 3: 30}
for _ in range(200):
    lookups(d, ["a", "x", 3, 4])
print(lookups(d, ["a", "x", 3, 4, "b", -1, ""]))


def indexes(seq, idxs):
    out = []
    for i in idxs:
        try:
            out.append(seq[i])
        except IndexError as e:
            out.append(str(e))
    return out


for _ in range(200):
    indexes([1, 2, 3], [0, 5, -1, -4])
print(indexes([1, 2, 3], [0, 5, -1, -3, -4, 3, 2]))
print(indexes((7, 8), [1, 2, -2, -3]))
print(indexes([], [0, -1]))


def wrong_handler(d, k):
    try:
        return d[k]
    except IndexError:
        return "index"


for _ in range(200):
    wrong_handler(d, "a")
try:
    wrong_handler(d, "zz")
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("KeyError", e.args, [(f.name, f.lineno) for f in tb])


def lookup_error(seq, i):
    try:
        return seq[i]
    except LookupError as e:
        return type(e).__name__, e.__context__


for _ in range(200):
    lookup_error([1], 0)
    lookup_error({"k": 1}, "k")
print(lookup_error([1], 9), lookup_error({"k": 1}, "j"))


def in_handler(d, k):
    try:
        raise ValueError("first")
    except ValueError:
        try:
            return d[k]
        except KeyError as e:
            return repr(e), repr(e.__context__), e.__traceback__.tb_lineno


for _ in range(200):
    in_handler(d, "a")
print(in_handler(d, "q"))


def with_finally(d, keys):
    log = []
    for k in keys:
        try:
            try:
                log.append(d[k])
            finally:
                log.append("f")
        except KeyError:
            log.append("k")
    return log


for _ in range(200):
    with_finally(d, ["a"])
print(with_finally(d, ["a", "nope", "b"]))


class Defaulting(dict):
    def __missing__(self, key):
        return f"missing {key}"


def subclass(dd, k):
    try:
        return dd[k]
    except KeyError:
        return "KeyError"


for _ in range(200):
    subclass(d, "a")
print(subclass(Defaulting(a=1), "zz"), subclass(d, "zz"), subclass(Defaulting(a=1), "a"))


def tb_line(seq, i):
    try:
        x = 1
        v = seq[i]
        return v + x
    except IndexError as e:
        return e.__traceback__.tb_lineno - tb_line.__code__.co_firstlineno


for _ in range(200):
    tb_line([1, 2], 1)
print(tb_line([1, 2], 5), tb_line((), 0))
