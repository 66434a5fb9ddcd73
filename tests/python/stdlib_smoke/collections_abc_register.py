from collections.abc import Sequence, Mapping, Iterable, Sized, Container
class MySeq(Sequence):
    def __init__(self, *x): self.x = x
    def __len__(self): return len(self.x)
    def __getitem__(self, i): return self.x[i]
s = MySeq(3, 1, 2)
print(list(s), s.index(1), s.count(3), 2 in s, list(reversed(s)), isinstance(s, Iterable))
class M(Mapping):
    def __getitem__(self, k): return k * 2
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2
m = M()
print(dict(m), m.get(1), list(m.items()), m == {1: 2, 2: 4})
