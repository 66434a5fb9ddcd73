# d[k] and seq[i] missing in compiled code with no handler of its own: the KeyError or
# IndexError leaves the function (without a JS throw) with its traceback, reaches the
# caller's handler, ends a sequence-protocol iteration, or goes uncaught.
import traceback


def item(seq, i):
    return seq[i]


def value(d, k):
    return d[k]


def callers(n):
    misses = 0
    got = 0
    for k in range(n):
        try:
            got += item([1, 2, 3], k % 5)
        except IndexError as e:
            misses += 1
            last_index = str(e)
        try:
            got += value({"a": 1, "b": 2}, "abc"[k % 3])
        except KeyError as e:
            misses += 1
            last_key = e.args
        try:
            got += item((4, 5), -(k % 4))
        except IndexError as e:
            misses += 1
            last_tuple = str(e)
    return got, misses, last_index, last_key, last_tuple


print("callers", callers(1200))


def where():
    try:
        value({}, "gone")
    except KeyError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


for _ in range(400):
    frames = where()
print("traceback", frames)


class Squares:
    def __init__(self, n):
        self.values = [i * i for i in range(n)]

    def __getitem__(self, i):
        return self.values[i]


class Table:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, i):
        if i >= len(self.rows):
            raise IndexError(i)
        return self.rows[i]["v"]


def protocol(n):
    total = 0
    for k in range(n):
        total += sum(Squares(k % 6))
        total += len(list(Table([{"v": 1}, {"v": 2}][: k % 3])))
        for x in Squares(3):
            total += x
    try:
        list(Table([{"w": 1}]))
    except KeyError as e:
        total += len(e.args)
    return total


print("protocol", protocol(900))


def chained(d, keys):
    out = 0
    for k in keys:
        try:
            out += d[k]
        except KeyError:
            out += item([], 0) if k == "boom" else 1
    return out


def run_chained(n):
    for _ in range(n):
        chained({"a": 5}, ["a", "b"])
    try:
        chained({"a": 5}, ["a", "boom"])
    except IndexError as e:
        return type(e.__context__).__name__, e.__context__.args


print("chained", run_chained(600))


def last(n):
    t = 0
    for k in range(n):
        t += item(list(range(5)), k - 995)
    return t


print(last(1000))
