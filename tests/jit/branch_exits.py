# A branch taken for the first time leaves its activation to the interpreter but keeps the
# code compiled; the same exit taken again, or several different ones, bring a
# recompilation. Long code does not speculate on branches at all.
import _swallow_jit as J

def warm(f, *args):
    for _ in range(20 * J.threshold()):
        f(*args)

def sign(x):
    if x < 0:
        return "negative"
    return "non-negative"

warm(sign, 5)
first = sign(-1)
info = J.info(sign)
print("first exit:", first, info["compiled"], info["compilations"], info["deoptimisations"])
second = sign(-2)
info = J.info(sign)
print("same exit again:", second, info["compiled"], info["deoptimisations"])
warm(sign, -3)
print("recompiled:", J.info(sign)["compiled"], J.info(sign)["compilations"] >= 2, sign(-4), sign(4))

def classify(a, b, c, d):
    r = 0
    if a:
        r += 1
    if b:
        r += 2
    if c:
        r += 4
    if d:
        r += 8
    return r

warm(classify, False, False, False, False)
results = [classify(True, False, False, False), classify(False, True, False, False), classify(False, False, True, False)]
info = J.info(classify)
print("three exits:", results, info["compiled"], info["compilations"], info["deoptimisations"])
results.append(classify(False, False, False, True))
info = J.info(classify)
print("fourth exit:", results, info["compiled"], info["deoptimisations"])

# About 400 instructions: each test is a compare, a branch and an addition.
body = "".join(f"    if x == {i}:\n        r += {i}\n" for i in range(100))
namespace = {}
exec(f"def long(x):\n    r = 0\n{body}    return r\n", namespace)
long = namespace["long"]
warm(long, -1)
print("long:", [long(i) for i in (3, 50, 99, -1)], J.info(long)["compiled"], J.info(long)["deoptimisations"])

# Blocks of long code that the interpreter never reached are compiled small; they must still
# compute what the interpreter would when they run.
class Box:
    def __init__(self):
        self.items = [0, 1, 2]
        self.total = 1

    def add(self, v):
        self.total += v
        return self

body = "".join(
    f"    if x == {i}:\n"
    f"        b.total = b.items[{i % 3}] + b.total * 2\n"
    f"        b.items[0] = b.add(x).total < {i * 3}\n"
    for i in range(40)
)
exec(f"def long_cold(b, x):\n{body}    return b.total, b.items\n", namespace)
long_cold = namespace["long_cold"]
box = Box()
warm(long_cold, box, -1)
print("cold blocks:", [long_cold(box, x) for x in (0, 5, 39, 5)], J.info(long_cold)["compiled"])
