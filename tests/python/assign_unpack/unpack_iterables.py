a, b = {'x': 1, 'y': 2}
print(a, b)
(c, d), = [(1, 2)]
print(c, d)
e, f = (i * i for i in range(2))
print(e, f)
g, h = b'hi'
print(g, h)
x = y = z = None
(x, y), z = [1, 2], 3
print(x, y, z)
first, *_ = range(10 ** 6)
print(first, len(_))
