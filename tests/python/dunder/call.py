class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
a = Adder(3)
print(a(1), a(1, twice=True), callable(a), callable(Adder), callable(5))
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__(*a)
class X(metaclass=Meta):
    def __init__(self, *a): print('init', a)
X(1, 2)
try:
    n = 5
    n()
except TypeError as e:
    print('TypeError:', e)
try:
    a()
except TypeError as e:
    print('TypeError:', e)
class Inst:
    pass
i = Inst()
i.__call__ = lambda: 'instance attr'
try:
    i()
except TypeError as e:
    print('TypeError:', e)
