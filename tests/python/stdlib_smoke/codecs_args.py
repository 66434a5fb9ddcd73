# _codecs functions parse their arguments as Argument Clinic does: positional-only
# (except encode/decode), METH_O for the registry functions.
import _codecs

calls = [
    ("lookup", (), {}), ("lookup", ("a", "b"), {}), ("lookup", ("utf-8",), {"x": 1}), ("lookup", (b"x",), {}),
    ("lookup_error", (), {}), ("register", (), {}), ("unregister", (1, 2), {}),
    ("register_error", (), {}), ("register_error", ("x",), {}), ("register_error", ("x", len), {"y": 1}),
    ("charmap_build", (), {}), ("charmap_build", (b"x",), {}), ("charmap_build", ("ab", 1), {}),
    ("utf_8_decode", (), {}), ("utf_8_decode", (b"x", "strict", True, 4), {}),
    ("utf_8_decode", (b"x",), {"errors": "strict"}), ("utf_8_encode", ("x",), {"errors": "strict"}),
    ("utf_16_ex_decode", (b"x", None, 0, True, 5), {}), ("charmap_decode", (b"x", None, None, 1), {}),
    ("escape_encode", (), {}), ("escape_encode", ("x",), {}), ("escape_encode", (bytearray(b"x"),), {}),
    ("escape_encode", (b"x", 1), {}), ("escape_decode", (b"x", None, 1), {}),
    ("readbuffer_encode", (b"x", 1), {}), ("readbuffer_encode", (b"x", "s", 3), {}),
    ("encode", (), {}), ("encode", ("x", "utf-8", "strict", 1), {}), ("encode", ("x",), {"bogus": 1}),
    ("decode", (b"x",), {"obj": 1}),
]
for name, args, kw in calls:
    try:
        r = getattr(_codecs, name)(*args, **kw)
        print(name, "ok", type(r).__name__)
    except TypeError as e:
        print(name, "TypeError:", e)

print(_codecs.escape_encode(b"a'\\\x00\xff"), _codecs.readbuffer_encode("\xe9"), _codecs.readbuffer_encode(bytearray(b"ab"), None))
try:
    bytes.maketrans(b"a")
except TypeError as e:
    print(e)
try:
    bytearray().insert(0)
except TypeError as e:
    print(e)
