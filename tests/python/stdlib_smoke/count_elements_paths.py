# _count_elements (Counter's loop): dicts whose type keeps dict's get and __setitem__ are
# updated in place; overriding either one makes it call them, as CPython does.
from collections import Counter
from _collections import _count_elements
class LoudSet(dict):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
class LoudGet(dict):
    def get(self, k, d=None):
        print("get", k); return super().get(k, d)
class Missing(dict):
    def __missing__(self, k):
        print("missing", k); return 100
for cls in (dict, Counter, LoudSet, LoudGet, Missing):
    m = cls(); _count_elements(m, "abca"); print(cls.__name__, sorted(m.items()))
c = Counter("mississippi"); print(c.most_common(3), c["z"])
c.update("ss"); c.update({"m": 5}); print(sorted(c.items()))
d = {"a": 1.5}; _count_elements(d, "aa"); print(d)
d = {"a": "x"}
try:
    _count_elements(d, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    _count_elements({}, [[1]])
except TypeError as e:
    print("TypeError:", e)
