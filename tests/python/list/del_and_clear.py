a = list(range(8))
del a[0]
del a[-1]
del a[1:3]
print(a)
del a[:]
print(a)
b = [1, 2]
c = b
b[:] = [9]
print(c)
b.clear()
print(c, len(c))
x = [1]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
