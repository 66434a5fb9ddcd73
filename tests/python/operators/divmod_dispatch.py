class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __floordiv__(self, o): return 'fd'
print(divmod(D(), 3), divmod(3, D()), D() // 1)
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    D() % 1
except TypeError as e:
    print('TypeError:', e)
