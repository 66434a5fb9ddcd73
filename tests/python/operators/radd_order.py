class A:
    def __add__(self, o):
        print('A.__add__', type(o).__name__)
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__', type(o).__name__)
        return 'A-r'
class B:
    def __add__(self, o):
        print('B.__add__', type(o).__name__)
        return 'B-l'
    def __radd__(self, o):
        print('B.__radd__', type(o).__name__)
        return NotImplemented
try:
    print(A() + B())
except TypeError as e:
    print('TypeError:', e)
print(B() + A())
print(1 + A())
try:
    A() + 1
except TypeError as e:
    print('TypeError:', e)
try:
    B.__add__ = lambda s, o: NotImplemented
    B() + B()
except TypeError as e:
    print('TypeError:', e)
