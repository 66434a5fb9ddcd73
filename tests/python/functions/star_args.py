def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}))
print(f(*'ab', *range(2)), f(**dict(z=0)))
def g(a, b=0, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(g(1), g(1, 2, 3, 4, key='k', other=5))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
