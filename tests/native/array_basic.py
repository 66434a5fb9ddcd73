import array

for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a, a.itemsize, a.typecode, len(a))

print(array.typecodes, array.ArrayType is array.array)
a = array.array("i", [1, 2, 3])
print(a, a[0], a[-1], a[1:], a[::-1], a[::2], len(a), list(a), 2 in a, 5 in a)
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(3), a.count(3), a.index(5, 2), a.index(5, 2, 6))
a.reverse()
print(a, a.tolist())
a[0] = 42
a[1:3] = array.array("i", [8, 9, 10])
print(a)
del a[0]
del a[::2]
print(a)
a[::2] = array.array("i", [-1, -2])
print(a)
print(a + array.array("i", [1]), a * 2, 2 * a, a * 0, a * -1)
b = array.array("i", a)
b += array.array("i", [5])
b *= 2
print(b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(array.array("b", [1]) < array.array("d", [1.5]), array.array("b", [1, 2]) == array.array("h", [1, 2]))
print(array.array("d", [1.5, -0.0, float("nan"), float("inf")]))
print(array.array("f", [0.1, 1e40, -1e-50]))
print(array.array("u", "hello"), array.array("u", "h\u00e9\U0001f600").tounicode())
u = array.array("u", "ab")
u.fromunicode("cd")
u.append("e")
print(u, u.tounicode(), len(u), u[1], u.tobytes())
print(array.array("i", b"abcdefgh"), array.array("h", bytearray(b"\x01\x00\xff\xff")))
for tc in "bBhHiIlLqQfd":
    x = array.array(tc, [1, 2, 3])
    bs = x.tobytes()
    y = array.array(tc)
    y.frombytes(bs)
    x.byteswap()
    print(tc, bs, y, x, x.buffer_info()[1])
print(array.array("Q", [2 ** 64 - 1]), array.array("q", [-2 ** 63, 2 ** 63 - 1]), array.array("L", [2 ** 64 - 1]))
print(array.array("d", array.array("i", [1, 2])), array.array("i", (x * x for x in range(4))))
c = array.array("i", [1, 2])
c.fromlist([3, 4])
print(c, c.__copy__(), c.__deepcopy__({}))
print(array.array("b", [-128, 127]), array.array("B", [0, 255]), array.array("h", [-32768, 32767]))

for tc in "bBhHiIlLqQ":
    for v in [2 ** 70, -2 ** 70, 2 ** (array.array(tc).itemsize * 8), -1, 1.5, "x"]:
        try:
            array.array(tc, [v])
            print(tc, v, "ok")
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc in "fdu":
    for v in [1, "x", "ab", 2 ** 2000, None]:
        try:
            array.array(tc, [v])
            print(tc, "ok")
        except Exception as e:
            print(tc, type(e).__name__, e)

tests = [
    'array.array("z")', "array.array()", 'array.array("i", "ab")', 'array.array("u", [1])',
    'array.array("i", [1]) + array.array("d")', 'array.array("i", [1]).pop(5)', 'array.array("i").pop()',
    'array.array("i", [1]).remove(3)', 'array.array("i", [1]).index(3)', 'array.array("i").frombytes(b"abc")',
    'array.array("i").tounicode()', 'array.array("i", [1])[5]', 'array.array("i", [1]) + [1]',
    'array.array("i", [1]).fromlist(3)', 'array.array("i", [1]).extend(array.array("d"))',
    'array.array("i", "")', 'array.array("i", array.array("d", [1.0]))', 'array.array("i").fromunicode("a")',
    'array.array("u").fromunicode(3)', 'hash(array.array("i"))', 'array.array("i", typecode="i")',
    'array.array("i", [1])["a"]', 'array.array("i", [1], 2)', 'array.array(1)', 'array.array("ab")',
    'array.array("i", array.array("u", "a"))',
]
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)

d = array.array("i", [1, 2, 3])
for stmt in ["d[5] = 1", "d[0:1] = [1]", "d[::2] = array.array('i', [1])", "d[0] = 'a'", "del d[7]",
             "d[0:1] = array.array('d', [1.0])", "d += [1]"]:
    try:
        exec(stmt)
        print(stmt, d)
    except Exception as e:
        print(stmt, type(e).__name__, e)


class A(array.array):
    pass


s = A("i", [1, 2])
print(s, type(s[:1]).__name__, type(s + s).__name__)
it = iter(array.array("i", [1, 2]))
print(type(it).__name__, list(it), list(it))
print(bytes(array.array("h", [1, -2])), b"".join([array.array("B", [65, 66])]), bytearray(array.array("i", [7])))
e = array.array("h")
e.frombytes(array.array("B", [5, 0, 6, 0]))
print(e)
