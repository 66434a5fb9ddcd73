class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit sees', t and t.__name__)
        return t is not None and issubclass(t, self.types)
with Suppress(ValueError):
    raise ValueError('suppressed')
print('continued')
try:
    with Suppress(ValueError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('TypeError:', e)
def f():
    with Suppress(Exception):
        return 'returned'
print(f())
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print('loop', i)
