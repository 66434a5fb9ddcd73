f = frozenset([1, 2, 3])
print(f, frozenset(), repr(frozenset('a')), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f.copy()).__name__)
print(hash(frozenset()) == hash(frozenset()), frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'x'}[frozenset({1})])
print({1, 2} == frozenset({1, 2}), f - {1}, f & {2, 9}, f.union([9]))
s = {frozenset([1]), frozenset([1])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
