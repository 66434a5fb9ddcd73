d = {'b': 1, 'a': 2, 'c': 3}
d['d'] = 4; d['a'] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d['b']; d['b'] = 5
print(d)
k = d.keys(); v = d.values(); i = d.items()
d['e'] = 6
print(k, v, i, len(k), 'e' in k, 6 in v, ('e', 6) in i)
print(k & {'a', 'z'} == {'a'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), i & {('a', 20)})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
print(d.keys() == {'a', 'c', 'd', 'b', 'e'}, d.values() == d.values(), k.isdisjoint(['x']))
print(k.mapping == d if hasattr(k, 'mapping') else 'x')
