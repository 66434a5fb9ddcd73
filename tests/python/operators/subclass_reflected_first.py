class Base:
    def __add__(self, o):
        print('Base.__add__')
        return 'base'
    def __radd__(self, o):
        print('Base.__radd__')
        return 'base-r'
class Sub(Base):
    def __radd__(self, o):
        print('Sub.__radd__')
        return 'sub-r'
class Sub2(Base):
    pass
print(Base() + Sub())
print(Sub() + Base())
print(Base() + Sub2())
class Num(int):
    def __radd__(self, o):
        print('Num.__radd__', o)
        return 'num-r'
    def __rsub__(self, o):
        return NotImplemented
print(1 + Num(2))
print(Num(2) + 1)
print(5 - Num(1))
