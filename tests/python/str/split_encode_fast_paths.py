# str.split() on whitespace, str.encode() and bytes.join: the common cases and their edges.
print("  a b\tc\n d  ".split(), "".split(), "   ".split(), "a".split())
print("a b c d".split(None, 2), "a b c d".split(maxsplit=1), "  a b ".split(None, 0))
print("a\u3000b\u00a0c\x1cd\x1fe\x85f".split())
print("x \U0001f600 y".split(), "\U0001f600".split())
print("a b".rsplit(), " a  b ".rsplit(None, 1))
try:
    "a b".split(None, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split(sep=None, maxsplit=1, x=2)
except TypeError as e:
    print("TypeError:", e)

print("hello".encode(), "héllo".encode(), "".encode(), ("a" * 100).encode()[:5])
print("héllo".encode("latin-1"), "abc".encode("ascii"), "x".encode(encoding="utf-8"))
print("\U0001f600".encode(), "a\ud800b".encode("utf-8", "replace"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "a".encode("utf-8", "strict", "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".encode(errors=1)
except TypeError as e:
    print("TypeError:", e)

print(b"".join([b"ab", b"cd"]), b", ".join([b"x", bytearray(b"y"), memoryview(b"z")]))
print(b"-".join([]), b"-".join([b"only"]), bytearray(b"+").join((b"1", b"2")))
print(b"".join([b"a" * 40, b"b" * 3]) == b"a" * 40 + b"bbb")
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
