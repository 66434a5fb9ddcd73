class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('init', args)
A(1, 2)
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(B())
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print('TypeError:', e)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print('TypeError:', e)
class E:
    def __init__(self): pass
try:
    E(1)
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
