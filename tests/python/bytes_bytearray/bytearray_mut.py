a = bytearray(b'abc')
a.append(100); a.extend(b'ef'); a += b'g'; a[0] = 65; a[1:3] = b'XYZ'
print(a, len(a))
del a[0]; a.insert(0, 0x7a); a.remove(ord('X'))
print(a, a.pop(), a.pop(0), a)
a.reverse(); print(a)
a *= 2; print(a)
a[::2] = b'_' * len(a[::2]); print(a)
a.clear(); print(a, bytearray(5), bytearray([1, 2]), bytearray('é', 'utf-8'))
for bad in (lambda: a.append(256), lambda: bytearray(b'a').remove(98), lambda: bytearray().pop(), lambda: a.__setitem__(slice(0, 10, 2), b'ab')):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = bytearray(b'xy')
h = b
b += b'z'
print(h, h is b, bytearray(b'ab') == b'ab', hash(b'ab') == hash(b'ab'))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
