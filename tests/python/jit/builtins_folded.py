def f(xs):
    n = 0
    for x in xs:
        n += len(x) + abs(-len(x)) + isinstance(x, list) + abs(-1.5 * len(x)) * 0
    return n
data = [[1, 2], (3,), "abc", {"a": 1}, b"xy"] * 100
print(f(data))
import builtins
orig = builtins.len
builtins.len = lambda x: 100
print(f(data))
builtins.len = orig
try:
    len([1], x=1)
except TypeError as e:
    print(e)
def g(x):
    return len(x, *())
for i in range(300): g([1])
def h(x):
    try:
        return len(x)
    except TypeError as e:
        return str(e)
for i in range(300): h([1])
print(h(5), abs(-3), abs(True))


# len() of dicts inline, subclasses through __len__
def dict_len(d, n):
    t = 0
    for i in range(n):
        t += len(d)
    return t
class D(dict):
    def __len__(self): return 99
for _ in range(300): dict_len({1: 2}, 3)
print(dict_len({1: 2, 3: 4}, 3), dict_len(D(), 2), dict_len({}, 2), dict_len([1], 2), dict_len("ab", 2))
d = {1: 1, 2: 2}; del d[1]; print(dict_len(d, 1))
