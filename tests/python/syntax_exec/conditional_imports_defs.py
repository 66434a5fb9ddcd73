if True:
    def f(): return 'first'
else:
    def f(): return 'second'
print(f())
try:
    import math as m
except ImportError:
    m = None
print(m.floor(1.5))
for name in ('x', 'y'):
    globals()[name] = name.upper()
print(x, y)
