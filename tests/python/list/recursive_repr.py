a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': a}
a.append(d)
print(a)
b = []
c = [b]
b.append(c)
print(b, c)
