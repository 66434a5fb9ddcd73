# Reference cycles without __del__ are freed by the collector, and weak references to
# their members die.
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def ring(n):
    nodes = [Node(i) for i in range(n)]
    for x, y in zip(nodes, nodes[1:] + nodes[:1]):
        x.peer = y
    return [weakref.ref(x) for x in nodes]

refs = ring(5)
gc.collect()
print([r() for r in refs])

d = {}
d['self'] = d
k = Node('holder')
k.d = d
rk = weakref.ref(k)
d['k'] = k
del d, k
gc.collect()
print(rk())

s = Node('slice')
s.sl = slice(s)
rs = weakref.ref(s)
s = None
gc.collect()
print(rs())
