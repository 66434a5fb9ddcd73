# Slice assignment of as many items as the slice holds, from a list, a tuple, the list
# itself or any iterable; the items are read after the bounds' __index__ has run.
a = list(range(10))
a[2:5] = (7, 8, 9)
print(a)
a[:] = a
print(a)
a[1:3] = a[4:6]
print(a)
a[-3:] = "xyz"
print(a)
a[0:0] = []
print(a)


class Bound:
    def __index__(self):
        src.append(99)
        return 2


src = [5, 6]
c = [0, 0, 0, 0]
c[0:Bound()] = src
print(c)
src = [5, 6]
c[Bound():4] = src
print(c)
perm = list(range(8))
for k in range(1, 8):
    perm[: k + 1] = perm[k::-1]
print(perm)
