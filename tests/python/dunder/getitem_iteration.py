class Seq:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()))
print(list(reversed([1, 2])), 4 in Seq())
a, b, c = Seq()
print(a, b, c)
class StopAt:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(StopAt()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError:', e)
