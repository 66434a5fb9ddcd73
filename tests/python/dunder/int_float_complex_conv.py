class N:
    def __int__(self): return 3
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 4
n = N()
print(int(n), float(n), complex(n), [0, 1, 2, 3, 4][n], round(2.5), bin(n))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)
