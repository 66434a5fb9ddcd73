d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d2 = {0: 'a', -0.0: 'b', False: 'c', 0j: 'd'}
print(d2)
d3 = {(1, 2): 'tuple', 'ab': 'str', None: 'none', frozenset([1]): 'fs'}
print(d3[(1, 2)], d3[None], d3[frozenset({1})])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d3[[1]]
except TypeError as e:
    print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
e = {K(1): 'one'}
e[K(1)] = 'uno'
print(e, K(1) in e, K(2) in e)
nan = float('nan')
f = {nan: 1}
f[nan] = 2
f[float('nan')] = 3
print(len(f), list(f.values()))
