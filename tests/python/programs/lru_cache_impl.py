class LRU:
    def __init__(self, cap): self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d: return None
        v = self.d.pop(k); self.d[k] = v; return v
    def put(self, k, v):
        if k in self.d: self.d.pop(k)
        elif len(self.d) >= self.cap:
            old = next(iter(self.d)); del self.d[old]; print('evict', old)
        self.d[k] = v
    def __repr__(self): return f'LRU({list(self.d.items())})'
c = LRU(3)
for k in 'abc': c.put(k, k.upper())
print(c.get('a'), c)
c.put('d', 'D'); print(c)
c.put('c', 'c2'); c.put('e', 'E'); print(c, c.get('b'), c.get('zz'))
