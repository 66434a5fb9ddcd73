# sys.getsizeof of a str follows CPython's compact layouts: ASCII, then 1, 2 and 4 bytes
# per character by the widest one, with the terminating NUL; __sizeof__ agrees.
import sys

for ch in ("a", "\xe9", "\u20ac", "\U0010ffff"):
    for n in (0, 1, 42):
        s = ch * n
        print(repr(ch), n, sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof("abc\xe9"), sys.getsizeof("ab\u20ac"), sys.getsizeof("a\U0001f600"))
