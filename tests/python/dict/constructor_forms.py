print(dict(), dict(a=1), dict([('a', 1), ['b', 2]]), dict({'x': 1}, y=2), dict(zip('abc', range(3))), dict(['ab', 'cd']))
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()})
try:
    dict(['abc'])
except ValueError as e:
    print("ValueError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
def f(**kw):
    return kw
print(f(**{'a': 1}, b=2))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
