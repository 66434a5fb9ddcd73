total = 0
for i in range(10, -10, -3):
    total += i
    print(i, end=' ')
print()
print(total, sum(range(101)), list(range(3, 0, -1)), [i for i in range(0, 20, 7)])
r = range(5)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1))
print(range(True, 5), range(3).__iter__().__length_hint__())
class I:
    def __index__(self): return 4
print(range(I()), list(range(1, I())))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
