# re over buffers other than bytes: array.array and memoryview subjects, refused buffers,
# and a bytearray that changes after the match (groups read its bytes as they are now,
# clipped to its length).
import array
import re

for code in "bBuhHiIlLfd":
    a = array.array(code)
    print(code, re.compile(b"bla").match(a), re.compile(b"").match(a).groups())
words = array.array("H", [0x6261, 0x6463])
m = re.search(b"b(c)", words)
print(m.span(), m.group(), m.group(1))
print(re.findall(rb"\w", memoryview(b"a b c")))
print(re.sub(b"b", b"X", memoryview(bytearray(b"abcb"))[1:]))
try:
    re.search(b"a", memoryview(b"abab")[::2])
except TypeError as e:
    print("TypeError", e)
mv = memoryview(b"ab")
mv.release()
try:
    re.search(b"a", mv)
except TypeError as e:
    print("TypeError", e)
try:
    re.search(b"a", 12)
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", array.array("u", "abc"))
except TypeError as e:
    print("TypeError", e)

s = bytearray(b"abcdefgh")
m = re.search(b"[a-h]+", s)
m2 = re.search(b"([e-h])+", s)
s[:] = b"xyz"
print(m.group(), m2.group(), m2.group(1), m2.groups(), m.span(), m.string)
s[:] = b"0123456789"
print(m.group(), m2.group(), m2.group(1), m2.expand(rb"<\1>"))
mv = memoryview(bytearray(b"abc"))
m = re.search(b"b", mv)
mv.release()
try:
    m.group()
except TypeError as e:
    print("TypeError", e)
