# default_factory through every way a defaultdict is made: subclasses, copies, pickles,
# __new__ without __init__, and the descriptor on other dicts.
from collections import defaultdict
import copy, pickle
class D(defaultdict):
    pass
d = D(list, a=[1])
d["b"].append(2)
print(d, d.default_factory, type(d).__name__)
e = copy.copy(d); f = copy.deepcopy(d); g = pickle.loads(pickle.dumps(defaultdict(int, x=1)))
print(e, f, g, g.default_factory)
d.default_factory = None
try:
    d["zz"]
except KeyError as ex:
    print("KeyError", ex)
print(defaultdict.__new__(defaultdict).default_factory)
dd = defaultdict.__new__(D); print(type(dd).__name__, dd.default_factory)
try:
    defaultdict.default_factory.__get__({})
except TypeError as ex:
    print(ex)
x = {}
try:
    x.__class__ = defaultdict
except TypeError as ex:
    print(ex)
print(defaultdict(int) | {1: 2}, {1: 2} | defaultdict(str))
