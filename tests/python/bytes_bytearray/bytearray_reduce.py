# bytearray pickles through its own __reduce__/__reduce_ex__: a latin-1 str for protocols
# before 3, bytes from 3 on, nothing for an empty one, and a subclass's attributes as state.
import copy
import pickle


class B(bytearray):
    pass


b = bytearray(b"ab\x00\xff")
print(b.__reduce__(), b.__reduce_ex__(2), b.__reduce_ex__(3), b.__reduce_ex__())
print(bytearray().__reduce__(), bytearray().__reduce_ex__(4))
x = B(b"xy")
print(x.__reduce_ex__(2), B().__reduce_ex__(5))
x.tag = [1]
r = x.__reduce_ex__(3)
print(r, r[2] is x.__dict__)
for proto in range(6):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, type(y).__name__, y, y.tag, pickle.loads(pickle.dumps(b, proto)) == b)
print(copy.copy(x), copy.deepcopy(x).tag, copy.copy(b))
print(hasattr(bytearray, "__getnewargs__"), b"ab".__getnewargs__())
for bad in (("x",), (1, 2)):
    try:
        b.__reduce_ex__(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    b.__reduce__(1)
except TypeError as e:
    print("TypeError:", e)
