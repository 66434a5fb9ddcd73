import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

for mod, names in [(_md5, ["md5"]), (_sha1, ["sha1"]), (_sha256, ["sha224", "sha256"]),
                   (_sha512, ["sha384", "sha512"]), (_sha3, ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]),
                   (_blake2, ["blake2b", "blake2s"])]:
    for n in names:
        h = getattr(mod, n)(b"abc")
        h2 = h.copy()
        h2.update(b"def")
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest(), len(h.digest()))
s = _sha3.shake_128(b"abc")
print(s.hexdigest(10), s.digest(4), s.name)
try:
    _md5.md5("str")
except TypeError as e:
    print("TypeError", e)
