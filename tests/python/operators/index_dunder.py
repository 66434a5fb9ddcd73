class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], 'abc'[I(-1)], bin(I(5)), hex(I(255)), oct(I(8)), range(I(3)), [1, 2, 3][I(0):I(2)])
print(2 ** 3, (1).__add__(I(2)) if False else 'x', operator_like := 'ok')
import operator
print(operator.index(I(7)), [0] * I(3), I(2) * [1] if False else 'skip')
class Bad:
    def __index__(self): return 1.5
try:
    [1][Bad()]
except TypeError as e:
    print('TypeError:', e)
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError:', e)
