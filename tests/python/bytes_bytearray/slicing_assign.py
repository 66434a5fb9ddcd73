a = bytearray(range(10))
a[2:5] = b''
print(a)
a[::3] = bytes(len(a[::3]))
print(a)
a[1:1] = b'\xaa\xbb'
print(a, a[-1], a[-3:])
a[0:2] = [7, 8, 9]
print(list(a))
del a[::2]
print(list(a))
