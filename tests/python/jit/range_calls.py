# range() called in compiled code: int arguments are made inline, anything else (bools, big
# ints, __index__ objects, floats, a rebound range) goes through the general call.
class Idx:
    def __index__(self):
        return 3


def one(n):
    return range(n)


def two(a, b):
    return range(a, b)


def total(n):
    t = 0
    for i in range(n):
        for j in range(i, n):
            t += j
    return t


for _ in range(300):
    r = (one(5), two(2, 7), total(20))
print(r, list(r[0]), list(r[1]))
print(one(-3), list(one(-3)), one(True), one(2**70)[-1], one(Idx()), two(-2**70, -2**70 + 2))
print(two(5, 2), list(two(5, 2)), two(False, True), len(one(10**6)))
for bad in (1.5, "3", None):
    try:
        one(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    two(1, 2.0)
except TypeError as e:
    print("TypeError", e)


def rebound(n):
    return range(n)


for _ in range(300):
    rebound(3)
range = lambda n: ["rebound", n]
print(rebound(3), one(2))
