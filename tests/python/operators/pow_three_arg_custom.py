class P:
    def __pow__(self, e, m=None):
        return f'pow({e}, {m})'
    def __rpow__(self, b, m=None):
        return f'rpow({b}, {m})'
print(P() ** 2, pow(P(), 2), pow(P(), 2, 7), 2 ** P(), pow(2, P()))
try:
    pow(2, P(), 5)
except TypeError as e:
    print('TypeError:', e)
