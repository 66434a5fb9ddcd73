# Containers that hold themselves repr as [...] / {...} / ...; an error in the middle leaves
# no container marked as being repr'd.
a = [1, 2]; a.append(a); d = {"k": a}; d["self"] = d
print(a, d, repr((a, [a])))
class R:
    def __repr__(self): return repr(lst)
lst = [R()]
try:
    print(repr(lst))
except RecursionError as e:
    print("RecursionError")
class Bad:
    def __repr__(self): raise ValueError("no")
b = [1, Bad()]
try: repr(b)
except ValueError: print("ValueError", repr([b[0]]))
s = {1}; f = frozenset([2])
from collections import deque, OrderedDict
q = deque([1]); q.append(q); print(q)
o = OrderedDict(); o["o"] = o; print(o)
