# hashlib.blake2b/blake2s parameters: keyed hashing, digest sizes, salt, person, tree
# parameters, and the range checks on each.
import hashlib

print(hashlib.blake2b(b"msg", key=b"secret", digest_size=16).hexdigest())
print(hashlib.blake2b(b"msg", digest_size=1).hexdigest(), hashlib.blake2s(b"msg", digest_size=32).hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"msg", salt=b"s" * 16, person=b"p" * 16).hexdigest())
print(hashlib.blake2b(b"a" * 300, fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1,
                      inner_size=32, last_node=True).hexdigest())
b = hashlib.blake2b(digest_size=20)
print(b.name, b.digest_size, b.block_size, hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE,
      hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17),
           dict(person=b"p" * 17), dict(fanout=256), dict(depth=0), dict(inner_size=65)]:
    try:
        hashlib.blake2b(**kw)
    except ValueError as e:
        print("ValueError", e)
try:
    hashlib.blake2s(digest_size=33)
except ValueError as e:
    print("ValueError", e)

for kw in [dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_depth=256),
           dict(fanout=-1), dict(digest_size=-1), dict(key="s"), dict(salt=1), dict(digest_size=1.0)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(hashlib.blake2b(last_node=1).hexdigest()[:16], hashlib.blake2b(last_node=[]).hexdigest()[:16])
for kw in [dict(node_offset=2**48), dict(node_offset=2**48 - 1), dict(salt=b"s" * 9), dict(key=b"k" * 33)]:
    try:
        print(hashlib.blake2s(**kw).hexdigest()[:16])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(b"x", b"y")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.blake2b("x")
except TypeError as e:
    print("TypeError", e)
k = hashlib.blake2b(key=b"key", digest_size=32)
k.update(b"part1")
k2 = k.copy()
k2.update(b"part2")
print(k.hexdigest(), k2.hexdigest() == hashlib.blake2b(b"part1part2", key=b"key", digest_size=32).hexdigest())
print(hashlib.blake2s(b"x" * 1000, key=b"abc", digest_size=7).hexdigest())

# conversions of each parameter, the types themselves, and vectors around block boundaries
for kw in [dict(leaf_size=2**64), dict(leaf_size=1.5), dict(node_offset=1.5), dict(node_offset=2**64 - 1),
           dict(digest_size=2**40), dict(fanout=2**40), dict(inner_size=65), dict(key=bytearray(b"k")),
           dict(key=memoryview(b"k")), dict(salt=None), dict(digest_size=None), dict(last_node=None),
           dict(usedforsecurity="x"), dict(digest_size=True), dict(fanout=0, depth=1), dict(bogus=1),
           dict(key=memoryview(b"abcd")[::2]),
           dict(leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, fanout=255,
                depth=255, last_node=True)]:
    for f in (hashlib.blake2b, hashlib.blake2s):
        try:
            print(f.__name__, f(b"abc", **kw).hexdigest()[:16])
        except (TypeError, ValueError, OverflowError, BufferError) as e:
            print(f.__name__, type(e).__name__, e)
for a in [1, [], bytearray(b"abc"), memoryview(b"abc")[::2]]:
    try:
        print(hashlib.blake2b(a).hexdigest()[:8])
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)
print(type(hashlib.blake2b).__name__, hashlib.blake2b.__module__, hashlib.blake2b.__name__,
      hashlib.blake2s.__qualname__, hashlib.blake2b(digest_size=3).digest_size)
print(sorted(k for k in dir(hashlib.blake2b) if not k.startswith("__")))
import _blake2
print(sorted(k for k in dir(_blake2) if not k.startswith("__")), _blake2.BLAKE2S_SALT_SIZE)
try:
    class Sub(hashlib.blake2b):
        pass
except TypeError as e:
    print("TypeError", e)
for n in [0, 1, 63, 64, 65, 127, 128, 129, 256, 1000]:
    d = bytes((i * 7 + 3) & 255 for i in range(n))
    for key in [b"", bytes(range(64))]:
        print(n, len(key), hashlib.blake2b(d, key=key, digest_size=20).hexdigest(),
              hashlib.blake2s(d, key=key[:32], salt=b"ab", person=b"xyz").hexdigest())
