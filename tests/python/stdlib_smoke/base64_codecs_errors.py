# base64 in depth: every alphabet (b64 standard/urlsafe/altchars, b32, b32hex, b16, b85,
# a85 with its options) round-tripping all byte values, validate and padding errors,
# str input, casefold and map01 for base32, the legacy encodebytes line wrapping, and the
# error type and message for each malformed input.
import base64
import binascii

data = bytes(range(256))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                 (base64.a85encode, base64.a85decode)]:
    e = enc(data)
    print(enc.__name__, len(e), e[:24], e[-12:], dec(e) == data)
for n in range(7):
    s = b"\xfb\xff\xfe"[: n % 4] + b"x" * (n // 4)
    print(n, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b85encode(s),
          base64.b85encode(s, pad=True), base64.a85encode(s))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("YW Jj\nZA=="), base64.b64decode(b"YWJjZA"[:4]), base64.standard_b64decode("YQ=="))
print(base64.b64decode("YWJj!ZA=="))
for bad in ["YWJjZA=", "YWJjZ", "YQ", "Y", "=YQ==", "YQ===", "YQ==YQ=="]:
    for validate in (False, True):
        try:
            print(repr(bad), validate, base64.b64decode(bad, validate=validate))
        except binascii.Error as e:
            print(repr(bad), validate, "binascii.Error:", e)
try:
    base64.b64decode("YWJj!ZA==", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("é")
except ValueError as e:
    print("ValueError:", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b64encode(b"x", altchars=b"-")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
print(base64.b64encode(memoryview(b"mem")), base64.b64encode(bytearray(b"ba")))

print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("ME======"))
print(base64.b32decode("0E======", map01="O"), base64.b32decode("M1======", map01="L"))
for bad in ["MFRGG", "MFRGG==", "mfrgg===", "MFRG1===", "M=======", "MFRGG===="]:
    try:
        print(repr(bad), base64.b32decode(bad))
    except binascii.Error as e:
        print(repr(bad), "binascii.Error:", e)
print(base64.b16decode("6162"), base64.b16decode("6a6b", casefold=True))
for bad in ["616", "6a", "zz"]:
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print(repr(bad), "binascii.Error:", e)

print(base64.a85encode(b"\0\0\0\0" + b"    " + b"abc"), base64.a85encode(b"    ", foldspaces=True))
print(base64.a85encode(b"hello world" * 3, wrapcol=20, adobe=True))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"BO u!\nrD Z", ignorechars=b" \n"))
for bad, kw in [(b"<~BOu", dict(adobe=True)), (b"BOu!rDZ~>", {}), (b"y", {}), (b"{{{{{", {}),
                (b"zz!", {}), (b"s8W-\"", {})]:
    try:
        print(base64.a85decode(bad, **kw))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(base64.b85decode(b"VPa!sWoBn+"), base64.b85decode(b"VPa"))
for bad in [b"VPa!\x00", b"|NsC0"]:
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)

long = bytes(range(100))
enc = base64.encodebytes(long)
print(enc.count(b"\n"), [len(line) for line in enc.splitlines()], base64.decodebytes(enc) == long)
print(base64.encodebytes(b""), base64.decodebytes(b"YWJj\n"))
try:
    base64.encodebytes("s")
except TypeError as e:
    print("TypeError:", e)
import io
src, dst = io.BytesIO(long), io.BytesIO()
base64.encode(src, dst)
out = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), out)
print(dst.getvalue()[:20], out.getvalue() == long)
