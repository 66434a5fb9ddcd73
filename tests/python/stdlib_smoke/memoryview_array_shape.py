# memoryview over array.array (a live view: reads see the array, writes reach it, and the
# array cannot resize while viewed) and memoryview.cast() with a multi-dimensional shape.
import array
import base64


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = array.array("i", [1, 2, 3])
v = memoryview(a)
print(v.format, v.itemsize, v.nbytes, len(v), v.ndim, v.shape, v.strides, v.readonly)
print(v.tolist(), v.obj is a, v.tobytes())
a[1] = 9
print("after a[1] = 9:", v[1], v.tolist())
show("append while viewed", lambda: a.append(4))
show("pop while viewed", lambda: a.pop())
show("extend by nothing", lambda: a.extend([]))
show("int write", lambda: v.__setitem__(0, 7))
print(a)
for bad in [2**31, 1.5, "x", True]:
    show("int write %r" % (bad,), lambda: v.__setitem__(2, bad))
show("slice write", lambda: v.__setitem__(slice(0, 2), array.array("i", [4, 8])))
show("slice write bytes", lambda: v.__setitem__(slice(0, 2), b"12345678"))
show("slice write int", lambda: v.__setitem__(slice(0, 1), 5))
print(a)
d = array.array("d", [0.0])
with memoryview(d) as dv:
    for x in [1, 2.5, "x", 2**2000, True]:
        show("double write %r" % (x,)[:20], lambda: (dv.__setitem__(0, x), d[0])[1])
with memoryview(bytearray(b"ab")).cast("c") as cv:
    show("char write", lambda: (cv.__setitem__(0, b"z"), cv.tobytes())[1])
    show("char write long", lambda: cv.__setitem__(0, b"zz"))
    show("char write int", lambda: cv.__setitem__(0, 1))
with memoryview(bytearray(8)).cast("Q") as qv:
    show("Q max", lambda: (qv.__setitem__(0, 2**64 - 1), qv[0])[1])
    show("Q over", lambda: qv.__setitem__(0, 2**64))
    show("Q neg", lambda: qv.__setitem__(0, -1))
b = v.cast("B")
b[0] = 5
print("after byte write:", a, b.format, len(b))
# Views are released explicitly: without reference counting a dropped view keeps its
# export until collected, so only `with` or release() free the array for resizing.
with v[::2] as s1, v[1:] as s2:
    print("slice", s1.tolist(), s2.tolist(), list(reversed(v)))
with memoryview(array.array("i", [5, 9, 3])) as other:
    print("equal", v == array.array("i", [5, 9, 3]), v == other)
b.release()
v.release()
a.append(4)
print("after release:", a)
show("unicode format", lambda: memoryview(array.array("u", "ab")).format)
show("bytes of array", lambda: bytes(memoryview(array.array("H", [1, 258]))))

m = memoryview(b"abcdef").cast("B", (3, 2))
print(m.ndim, m.shape, m.strides, len(m), m.nbytes, m.tolist(), m.tobytes())
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[1, 0], m[-1, -1])
print(m == memoryview(b"abcdef"), m == memoryview(b"abcdef").cast("B", [3, 2]))
flat = m.cast("B")
print(flat.ndim, flat.shape, flat.tolist())
show("item of 2-D", lambda: m[0])
show("iterate 2-D", lambda: list(m))
show("three indices", lambda: m[0, 1, 2])
show("out of bounds", lambda: m[0, 5])
show("bad key", lambda: m[0, "a"])
show("2-D to 2-D", lambda: m.cast("B", (2, 3)))
show("wrong product", lambda: memoryview(b"abcdef").cast("B", (4, 2)))
show("zero dim", lambda: memoryview(b"abcdef").cast("B", (0,)))
show("shape int", lambda: memoryview(b"abcdef").cast("B", 5))
show("shape float", lambda: memoryview(b"abcdef").cast("B", (6.0,)))
show("shape one", lambda: memoryview(b"abcdef").cast("B", [6]).shape)
show("shape H", lambda: memoryview(b"abcdef").cast("H", (3,)).tolist())
w = memoryview(bytearray(6)).cast("B", (3, 2))
show("write 2-D item", lambda: w.__setitem__(0, 1))
show("write 2-D slice", lambda: w.__setitem__(slice(0, 1), b"ab"))
show("readonly copy", lambda: (m.toreadonly().shape, m.toreadonly().readonly, m.toreadonly().obj))

# base64 accepts any C-contiguous buffer of bytes.
print(base64.b64encode(array.array("B", b"hello")), base64.b64encode(m))
print(base64.b32encode(array.array("B", b"hi")), base64.b85encode(array.array("B", b"hi")))
print(base64.b64encode(memoryview(b"abcd").cast("I")))
show("encodebytes 2-D", lambda: base64.encodebytes(m))
show("encodebytes int items", lambda: base64.encodebytes(memoryview(b"abcd").cast("I")))
show("decode array", lambda: base64.b64decode(array.array("B", b"aGk=")))
