a = [[1], [2]]
b = a[:]
c = a.copy()
d = list(a)
b[0].append(9)
print(a, b, c, d, b is a, b[0] is a[0])
e = a * 1
e.append(3)
print(a, e)
