class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s[:]).__name__, s == [1, 2, 3])
class CIDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
d = CIDict()
d['Key'] = 1
print(d['KEY'], d, dict.get(d, 'key'))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
print(Upper('abc'), Upper('x') + 'y', len(Upper('hey')))
