a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print("TypeError:", e)
print({**a, 'x': 100}, {'x': 100, **a}, dict(a, x=5), dict([('k', 1)], k=2))
