# hashlib over OpenSSL (_hashlib): the names OpenSSL adds (sha512_256, ripemd160, sm3...),
# aliases and case, HASH/HASHXOF objects, hmac's OpenSSL path with name and constructor
# digestmods, copies of HMAC objects, scrypt, and the errors of each.
import _hashlib
import hashlib
import hmac

for name in ["sha512_224", "sha512_256", "ripemd160", "md5-sha1", "sm3", "SHA256", "sha-256",
             "SHA2-256", "SHA512-256", "RIPEMD160", "rmd160", "SSL3-MD5", "sha3-256", "SHAKE128",
             "BLAKE2B512", "MD5"]:
    h = hashlib.new(name, b"abc")
    if h.digest_size:
        print(repr(name), h.name, h.digest_size, h.block_size, h.hexdigest())
    else:
        print(repr(name), h.name, h.digest_size, h.block_size, h.hexdigest(8))
for name in ["RSA-SHA256", "md4", "whirlpool", "", "nope"]:
    try:
        hashlib.new(name)
    except ValueError as e:
        print(repr(name), type(e).__name__, e)
    try:
        _hashlib.new(name)
    except ValueError as e:
        print(repr(name), type(e).__name__, e)
print(sorted(_hashlib.openssl_md_meth_names) == sorted(
    n for n in _hashlib.openssl_md_meth_names if hashlib.new(n) is not None))
print(set(hashlib.algorithms_guaranteed) < set(hashlib.algorithms_available))
print(hashlib.md5.__name__, hashlib.sha3_256.__name__, type(hashlib.md5()).__name__,
      type(hashlib.shake_128()).__name__, type(hashlib.new("blake2b")).__name__,
      type(hashlib.blake2b()).__name__)
print(repr(hashlib.sha256()).split(" @")[0], repr(hashlib.shake_256()).split(" @")[0])
print(sorted(_hashlib._constructors.values()), _hashlib.get_fips_mode())
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError), _hashlib.HASHXOF.__mro__[1].__name__)
for call in [lambda: _hashlib.HASH(), lambda: _hashlib.new(1), lambda: _hashlib.new("md5", "x"),
             lambda: _hashlib.new("md5", data=b"x"), lambda: hashlib.sha1(data=b"x"),
             lambda: hashlib.sha1(b"x", string=b"y"), lambda: _hashlib.openssl_md5(b"a", b"b"),
             lambda: hashlib.md5().digest(1), lambda: hashlib.md5().update(),
             lambda: hashlib.shake_128().digest(), lambda: hashlib.shake_128().digest(2 ** 63),
             lambda: hashlib.shake_128().hexdigest(1.0), lambda: hashlib.shake_128().digest(-1),
             lambda: hashlib.shake_128().hexdigest(-1)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError, SystemError, MemoryError) as e:
        print(type(e).__name__, e)
print(_hashlib.new(name="md5", string=b"x").hexdigest(), hashlib.shake_128(b"x").digest(length=3))
print(hashlib.shake_128(b"").digest(0), hashlib.shake_256(b"").hexdigest(0))
c = hashlib.sha512_256() if hasattr(hashlib, "sha512_256") else hashlib.new("sha512_256")
c.update(b"piece")
d = c.copy()
d.update(b"more")
print(c.hexdigest()[:16], d.hexdigest()[:16], type(d).__name__)

# hmac through OpenSSL
for digestmod in ["sha256", "SHA256", "sha3_256", "ripemd160", "blake2s", hashlib.md5, hashlib.sha512]:
    h = hmac.new(b"key", b"msg", digestmod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hmac.new(b"k" * 200, digestmod="sha224")
h.update(b"a")
c = h.copy()
c.update(b"b")
print(h.hexdigest(), c.hexdigest(), hmac.new(b"k" * 200, b"ab", "sha224").hexdigest() == c.hexdigest())
print(hmac.digest(b"key", b"msg", "sha384").hex()[:32], hmac.digest(b"key", b"msg", hashlib.sha1).hex())
x = _hashlib.hmac_new(b"k", digestmod="md5")
x.update(msg=b"s")
print(x.name, repr(x).split(" @")[0], type(x).__name__, x.hexdigest())
for call in [lambda: _hashlib.hmac_new(b"k", b"m", "nope"), lambda: _hashlib.hmac_new(b"k", b"m"),
             lambda: _hashlib.hmac_new("k", b"m", "md5"), lambda: _hashlib.hmac_digest(b"k", b"m", "nope"),
             lambda: _hashlib.hmac_new(b"k", b"m", "shake_128"), lambda: _hashlib.hmac_new(b"k", b"m", 1),
             lambda: _hashlib.hmac_new(b"k", "x", "md5"), lambda: _hashlib.hmac_digest(b"k", "m", "md5"),
             lambda: hmac.new(b"k", b"m", "nope"), lambda: hmac.new(b"k", b"m", lambda: 1),
             lambda: x.update("s"), lambda: _hashlib.HMAC()]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(_hashlib.compare_digest(b"a", b"a"), hmac.compare_digest is _hashlib.compare_digest)

# scrypt (RFC 7914 vector 2, then parameter checks)
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()[:64])
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex()[:64])
print(hashlib.scrypt(b"p", salt=b"s", n=16, r=8, p=1, dklen=10).hex())
for kw in [dict(), dict(salt=b"s"), dict(salt=b"s", n=2), dict(salt=b"s", n=2, r=1), dict(salt=b"s", n=3, r=1, p=1),
           dict(salt=b"s", n=1, r=1, p=1), dict(salt=b"s", n=-2, r=1, p=1), dict(salt=b"s", n=2.0, r=1, p=1),
           dict(salt=b"s", n=2, r=0, p=1), dict(salt=b"s", n=2, r=1, p=0), dict(salt=b"s", n=2 ** 20, r=8, p=1),
           dict(salt=b"s", n=16, r=8, p=1, maxmem=-1), dict(salt=b"s", n=16, r=8, p=1, dklen=0),
           dict(salt=b"s", n=16, r=8, p=1, maxmem=1000), dict(salt="s", n=16, r=8, p=1)]:
    try:
        print(hashlib.scrypt(b"p", **kw).hex()[:16])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hashlib.scrypt(b"p", b"s", n=16, r=8, p=1)
except TypeError as e:
    print("TypeError", e)
