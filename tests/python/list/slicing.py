a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2])
a[2:5] = ['x']; print(a)
a[:0] = [-1, -2]; print(a)
a[::2] = range(len(a[::2])); print(a)
del a[::3]; print(a)
del a[1:3]; print(a)
a[len(a):] = [99]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[1:2] = b
print(b)
c = [0] * 5
c[1:4] = 'abc'
print(c)
