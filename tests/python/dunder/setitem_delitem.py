class Store:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
s = Store()
s['a'] = 1
s[1, 2] = 'tuple'
print(s['a'], s[1, 2])
del s['a']
s['b'] = s['b'] = 0 if False else 5
x = s['b']
s['b'] += 1
print(s.d)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del RO()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
