# hmac: RFC 2202/4231 vectors, digestmod as name/constructor/module, piecewise update, copy,
# hmac.digest, compare_digest on str/bytes and its errors.
import hashlib
import hmac

print(hmac.new(b"\x0b" * 20, b"Hi There", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               "sha256").hexdigest())
print(hmac.new(b"key", b"msg", digestmod=hashlib.md5).hexdigest())
print(hmac.new(b"key", digestmod="sha1").hexdigest())
print(hmac.new(bytearray(b"key"), memoryview(b"msg"), "sha3_256").hexdigest())
h = hmac.new(b"k", digestmod="sha224")
print(h.name, h.digest_size, h.block_size)
for piece in [b"a", b"bc", b"", b"def" * 50]:
    h.update(piece)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hmac.new(b"k", b"abc" + b"def" * 50, "sha224").hexdigest(),
      c.hexdigest() == hmac.new(b"k", b"abc" + b"def" * 50 + b"!", "sha224").hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), len(h.digest()))
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.digest(b"key", b"msg", hashlib.sha1) == hmac.new(b"key", b"msg", "sha1").digest())
print(hmac.digest_size if hasattr(hmac, "digest_size") else "no module digest_size")

try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new("key", b"msg", "sha256")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new(b"key", "msg", "sha256")
except TypeError as e:
    print("TypeError", e)

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest("abc", "abc"),
      hmac.compare_digest(bytearray(b"x"), memoryview(b"x")), hmac.compare_digest(b"", b""))
for a, b in [("abc", b"abc"), ("é", "é"), (1, 1), (b"a", "a"), (None, b"")]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)
print(hmac.compare_digest is __import__("secrets").compare_digest)
