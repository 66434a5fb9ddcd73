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


# int() of floats inline; anything else through int itself
def conv(xs):
    return [int(x) for x in xs]
vals = [0.5, -0.5, 2.9, -2.9, 1e15 + 0.5, 7, True, -0.0]
for _ in range(300): conv(vals)
print(conv(vals))
print(conv([2.0**53, -2.0**53, 1e300]))
for bad in (float("nan"), float("inf"), "12", "x"):
    try: print(conv([bad]))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
class F(float): pass
print(conv([F(3.7)]))
import builtins
builtins.int = lambda x: "shadowed"
print(conv([1.5]))
