# secrets: only deterministic properties of random output (types, lengths, alphabets,
# ranges) and argument errors.
import secrets
import string

for n in [0, 1, 16, 33]:
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), set(h) <= set("0123456789abcdef"),
          set(u) <= set(string.ascii_letters + string.digits + "-_"), len(u) >= n)
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_bytes(None)))
vals = [secrets.randbelow(7) for _ in range(300)]
print(min(vals) >= 0, max(vals) <= 6, len(set(vals)) > 1)
print(secrets.randbelow(1), {secrets.randbits(0)}, 0 <= secrets.randbits(70) < 2 ** 70)
print(secrets.choice("a"), secrets.choice([5]), secrets.choice("xyz") in "xyz")
for bad in [0, -1]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
for call in [lambda: secrets.randbits(-1), lambda: secrets.choice([]), lambda: secrets.token_bytes(-1),
             lambda: secrets.randbelow(1.5), lambda: secrets.token_hex("3")]:
    try:
        call()
    except (ValueError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
r = secrets.SystemRandom()
print(type(r).__name__, 0 <= r.random() < 1, r.getstate.__name__)
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sorted(r.sample(range(10), 10)), len(r.choices("ab", k=5)))
print(secrets.compare_digest(b"a", b"a"), secrets.DEFAULT_ENTROPY)
