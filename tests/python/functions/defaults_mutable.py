def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2), f(3, []), f(4))
print(f.__defaults__)
def g(a, b=2, *, c=3, d):
    return a, b, c, d
print(g(1, d=4), g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (20,)
g.__kwdefaults__ = {'c': 30, 'd': 40}
print(g(1))
n = 5
def h(x=n): return x
n = 6
print(h())
