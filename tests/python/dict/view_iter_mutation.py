d = {'a': 1, 'b': 2}
it = iter(d.items())
print(next(it))
d['c'] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {'a': 1}
it = iter(d)
d['b'] = 2; del d['b']
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
d = {'a': 1, 'b': 2}
it = iter(d)
d['a'] = 99
print(list(it))
