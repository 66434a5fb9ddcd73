class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class LG:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(LG())))
class Nope:
    pass
try:
    reversed(Nope())
except TypeError as e:
    print('TypeError:', e)
try:
    reversed({1: 2}.keys()) and print(list(reversed({1: 2, 3: 4})))
except TypeError as e:
    print('TypeError:', e)
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
