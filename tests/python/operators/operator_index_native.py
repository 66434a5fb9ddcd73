import operator
class I:
    def __index__(self): return 7
class B(int): pass
class Big:
    def __index__(self): return 2 ** 80
class Bad:
    def __index__(self): return 'x'
print(operator.index(I()), operator.index(True), type(operator.index(True)).__name__, operator.index(2 ** 70))
print(type(operator.index(B(3))).__name__, operator.index(Big()))
print(operator.index.__name__, operator.index.__module__, operator.__index__ is operator.index)
for args in [(1.5,), ('3',), (None,), (Bad(),), (), (1, 2)]:
    try:
        operator.index(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    operator.index(a=1)
except TypeError as e:
    print('TypeError:', e)
