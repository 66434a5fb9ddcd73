a, *b = [1, 2, 3]
*c, d = 'xyz'
e, *f, g = range(5)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
[j, [k, *l]] = [1, [2, 3, 4]]
print(j, k, l)
(m, n), o = 'ab', 'c'
print(m, n, o)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    x, *y, z = [1]
except ValueError as e:
    print('ValueError:', e)
