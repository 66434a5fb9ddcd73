def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in (lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4, e=5), lambda: f(1, 2, 3, c=3, d=4)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def kw(a, /, **kwargs):
    return a, kwargs
print(kw(1, a=2))
