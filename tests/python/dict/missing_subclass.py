class D(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2
d = D(a=1)
print(d['a'], d['bb'], d.get('zz'), 'bb' in d, d)
class C(dict):
    def __getitem__(self, k):
        return 'always'
c = C(x=1)
print(c['x'], c.get('x'), dict(c), {**c}, list(c.values()))
class S(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
s = S()
s['a'] = 1
s.update(b=2)
s.setdefault('c', 3)
print(s)
print(type(D() | {}).__name__, type(D().copy()).__name__)
