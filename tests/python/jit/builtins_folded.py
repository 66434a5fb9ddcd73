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
