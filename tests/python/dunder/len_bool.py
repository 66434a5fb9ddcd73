class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), bool(L(0)), bool(L(2)), not L(0))
for v in (-1, 2**63, 1.5, '3'):
    try:
        print(len(L(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class IL:
    def __len__(self): return True
print(len(IL()))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    len(iter([]))
except TypeError as e:
    print('TypeError:', e)
