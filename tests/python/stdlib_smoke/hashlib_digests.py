# hashlib: every algorithm's digests, piecewise updates, copy(), hashlib.new, shake
# lengths, file_digest and bad names.
import hashlib

data = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
algos = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512", "blake2b", "blake2s"]
for name in algos:
    for d in data:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest())
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size)
for d in data[:3]:
    print(hashlib.shake_128(d).hexdigest(10), hashlib.shake_256(d).hexdigest(40))
print(hashlib.shake_128(b"x").hexdigest(0), hashlib.shake_128(b"x").digest(3))
s = hashlib.shake_256()
print(s.name, s.digest_size, s.block_size)
try:
    hashlib.shake_128(b"x").hexdigest()
except TypeError as e:
    print("TypeError", e)

# update in pieces == one shot; copy() forks the state
big = bytes(range(256)) * 40
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name)
    for i in range(0, len(big), 37):
        h.update(big[i:i + 37])
    c = h.copy()
    c.update(b"more")
    print(name, h.hexdigest() == hashlib.new(name, big).hexdigest(),
          c.hexdigest() == hashlib.new(name, big + b"more").hexdigest(), h.digest()[:4])
h = hashlib.sha256(b"a")
h.update(bytearray(b"b"))
h.update(memoryview(b"cd")[1:])
print(h.hexdigest() == hashlib.sha256(b"abd").hexdigest())
print(hashlib.md5(string=b"x").hexdigest(), hashlib.sha1(string=b"x").hexdigest()[:8])
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())

# errors
for bad in ["sha257", "SHA256x", ""]:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print("ValueError", e)
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha-256".replace("-", ""), b"x").name)
for bad in ["text", 1, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.md5().update("s")
except TypeError as e:
    print("TypeError", e)
print(sorted(hashlib.algorithms_guaranteed))
print(set(hashlib.algorithms_guaranteed) <= set(hashlib.algorithms_available))
print(hashlib.file_digest.__name__)
import io
print(hashlib.file_digest(io.BytesIO(b"file data" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"x"), hashlib.md5).hexdigest())
