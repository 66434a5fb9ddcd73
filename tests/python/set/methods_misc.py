s = {1, 2, 3}
t = s.copy(); t.add(4)
print(s, t, s.issubset(t), t.issuperset(s), s.isdisjoint({4}))
s.clear(); print(s, len(s), bool(s))
print(set.union({1}, {2}), {1}.union(), frozenset.intersection(frozenset([1, 2]), [2]))
print(set([3, 1]).__len__(), {1}.__contains__(1), {1}.__or__([1]))
try:
    {1} | [1]
except TypeError as e:
    print("TypeError:", e)
