a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
    print(x)
print(a)
b = [1, 2, 3]
for i, x in enumerate(b):
    if i < 3:
        b.append(x * 10)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
d = [5, 6]
r = reversed(d)
d.append(7)
print(list(r))
