import math
class R:
    def __round__(self, n=None): return f'round {n}'
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
r = R()
print(round(r), round(r, 2), math.trunc(r), math.floor(r), math.ceil(r))
try:
    round(object())
except TypeError as e:
    print('TypeError:', e)
