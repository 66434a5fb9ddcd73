a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
l[i], i = 'x', 2
print(l, i)
