# Subscripts compiled for the container and key types a site has seen (list or tuple with
# int keys, dict with str keys), and what happens when a later call breaks the assumption.


def total(seq, n):
    s = 0
    for i in range(n):
        s += seq[i]
    return s


def last_items(seq, n):
    return [seq[-1 - (i % 3)] for i in range(n)]


def lookups(d, keys):
    out = []
    for k in keys:
        out.append(d[k])
    return out


def stores(seq, n, value):
    for i in range(n):
        seq[i % len(seq)] = value + i
    return seq


def dict_stores(d, keys):
    for i, k in enumerate(keys):
        d[k] = i
    return d


def guarded(seq, i):
    try:
        return seq[i]
    except IndexError as e:
        return "IndexError: %s" % e
    except KeyError as e:
        return "KeyError: %r" % e.args
    except TypeError as e:
        return "TypeError: %s" % e


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


class Seq(list):
    def __getitem__(self, i):
        return ("Seq", list.__getitem__(self, i))


class Key(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("  Key.__eq__ called")
        return str(self) == str(other)


data = list(range(10))
for _ in range(300):
    total(data, 10)
    last_items(data, 6)
    lookups({"a": 1, "b": 2}, ["a", "b"])
    stores([0, 0, 0], 6, 1)
    dict_stores({}, ["x", "y"])
    guarded(data, 3)

print(total(data, 10))
print(total(tuple(data), 10))
print(total([0.5] * 10, 10))
print(guarded(data, 10))
print(guarded(data, -11))
print(guarded(data, -10))
print(guarded(data, True))
print(guarded(data, 2**70))
print(guarded(data, "x"))
print(guarded({"k": 1}, "k"), guarded({"k": 1}, "z"))
print(guarded("text", 2), guarded(range(5), 4), guarded(b"abc", 1))
print(guarded(Seq([1, 2]), 1))
print(last_items(data, 6))
print(last_items((1, 2, 3), 6))
print(last_items([7], 2) if False else guarded([7], -2))
print(lookups({"a": 1, "b": 2}, ["b", "a"]))
print(lookups(Missing(a=1), ["a", "zz"]))
print(lookups({1: "one", "b": 2}, [1, "b"]))
try:
    lookups({"a": 1}, ["a", "nope"])
except KeyError as e:
    print("KeyError", e)
print(lookups({Key("a"): 5}, ["a"]))
print(stores([0, 0, 0], 5, 10))
try:
    stores([], 1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    stores((1, 2), 1, 0)
except TypeError as e:
    print("TypeError", e)
print(stores(bytearray(3), 3, 65))
print(dict_stores({}, ["p", "q", "p"]))
print(dict_stores(Missing(), ["m"]))
print(dict_stores({}, [1, (2, 3)]))


def int_keys(d, keys):
    out = []
    for k in keys:
        d[k * 2] = k
        out.append(d[k])
    return out


for _ in range(300):
    int_keys({0: "z", 1: "o", 2: "t"}, [0, 1])
print(int_keys({0: "z", 1: "o", 2: "t", 4: "f"}, [1, 2]))
print(int_keys({1.0: "float one", 2: "two"}, [1, 2]))
print(int_keys({True: "true", 2: "two"}, [1, 2]))
print(int_keys({2**70: "big", 3: "three", 6: "six"}, [3]))
try:
    int_keys({}, [5])
except KeyError as e:
    print("KeyError", e)
print(int_keys(Missing(), ["q"]))
