# set and frozenset reduce as (type, (list,), state): copy, deepcopy and pickle use it.
import copy
import pickle

fs = frozenset([1, 2, 3])
print(fs.__reduce__())
print(fs.__reduce_ex__(4))
print(set([1, 2]).__reduce_ex__(2))
print(frozenset().__reduce__(), set().__reduce_ex__(0))
print(copy.deepcopy(fs) == fs, copy.copy(fs) is fs)
nested = {"a": frozenset([(1, 2), (3, 4)]), "b": [set("xy"), frozenset()]}
dup = copy.deepcopy(nested)
print(dup == nested, dup["b"][0] is not nested["b"][0])


class F(frozenset):
    pass


f = F([1])
f.x = 5
r = f.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2])
g = copy.deepcopy(f)
print(type(g).__name__, g, g.x)


class S(set):
    __slots__ = ("a",)


s = S([1])
s.a = 2
print(s.__reduce__())
t = copy.copy(s)
print(type(t).__name__, sorted(t), t.a)


class G(frozenset):
    def __getstate__(self):
        return "st"


print(G([3]).__reduce__()[1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in (fs, set(), {1, "a"}, F([2, 3])):
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, type(back).__name__, back == v)
