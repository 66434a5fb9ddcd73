def init(self, v): self.v = v
Dyn = type('Dyn', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 1})
d = Dyn(21)
print(Dyn.__name__, d.double(), Dyn.k, type(d).__name__, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {})
print(Sub(2).double(), Sub.__mro__[1].__name__)
print(type(5), type(type), type(object), type.__base__)
try:
    type('X', (5,), {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError:', e)
