import _random

r = _random.Random(42)
print([r.random() for _ in range(3)])
print(r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for seed in [0, 1, -5, 2**32, 2**64 + 17, 12345678901234567890]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(64))
st = r.getstate()
print(len(st), st[-1], st[:3])
a = r.random()
r.setstate(st)
print(a == r.random())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: r.getrandbits(-1))
t(lambda: r.setstate(1))
t(lambda: r.setstate((1,)))
t(lambda: r.setstate(tuple(range(624)) + (625,)))
t(lambda: r.seed(1, 2))
t(lambda: _random.Random(1, 2))
class R(_random.Random):
    pass
print(R(7).random())
