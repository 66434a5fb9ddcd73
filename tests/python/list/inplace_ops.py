a = [1, 2]
a *= 3
print(a)
a *= 0
print(a, len(a))
b = [1]
ref = b
b *= 2
print(ref, ref is b)
c = [0]
c += range(3)
c += {7: 'x'}
print(c)
try:
    c *= 'x'
except TypeError as e:
    print("TypeError:", e)
