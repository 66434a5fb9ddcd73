# hashlib/hmac objects as objects: pickling and copying (refused), subclassing, attributes,
# equality and hashing, the HMAC object behind hmac.HMAC, and the types' docstrings.
import hashlib, hmac, pickle, copy, _hashlib
def t(f):
    try: print(repr(f())[:60].split(" @")[0].split(" at 0x")[0])
    except Exception as e: print(type(e).__name__, e)
for o in [hashlib.md5(), hashlib.shake_128(), hashlib.blake2b(), hmac.new(b"k", digestmod="md5"), _hashlib.hmac_new(b"k", digestmod="md5")]:
    t(lambda: pickle.dumps(o))
    t(lambda: copy.copy(o))
    t(lambda: copy.deepcopy(o))
    t(lambda: o.__reduce_ex__(2))
t(lambda: type("X", (_hashlib.HASH,), {}))
t(lambda: type("X", (_hashlib.HMAC,), {}))
t(lambda: type("X", (hashlib.blake2s,), {}))
t(lambda: hashlib.md5().x)
t(lambda: setattr(hashlib.md5(), "x", 1))
t(lambda: setattr(hashlib.md5(), "name", 1))
t(lambda: hashlib.md5() == hashlib.md5())
t(lambda: hash(hashlib.md5()) is not None)
t(lambda: hmac.HMAC(b"k", digestmod="sha256").name)
h = hmac.new(b"k", digestmod="sha256")
t(lambda: (h.digest_size, h.block_size, h._hmac.name if hasattr(h, "_hmac") else None))
t(lambda: hmac.new(b"k", digestmod=hashlib.blake2b).name)
t(lambda: hmac.new(b"k", digestmod=lambda d=b"": hashlib.sha1(d)).name)
import _hashlib as H
t(lambda: H.new("md5").name)
t(lambda: dir(H.new("md5"))[-6:])
t(lambda: dir(H.HMAC)[-6:])
t(lambda: H.HASH.__doc__[:30])
for T in [_hashlib.HASH, _hashlib.HASHXOF, _hashlib.HMAC]:
    print(repr(T.__doc__))
X = type("X", (_hashlib.HASH,), {})
t(lambda: X())
