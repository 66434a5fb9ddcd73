# Each speculation of the JIT and its guard failing: the log shows the deoptimisation and
# the results are the interpreter's.
import _swallow_jit as J

def warm(f, *args):
    for _ in range(3 * J.threshold()):
        f(*args)

def add(a, b):
    return a + b

warm(add, 1, 2)
print("int add:", add(1.5, 2), add("a", "b"), add(2**62, 2**62))

def less(a, b):
    return a < b

warm(less, 1, 2)
print("int compare:", less(1.5, 2), less("b", "a"))

class A:
    def __init__(self):
        self.v = 1
    def m(self):
        return "A.m"

class B:
    def __init__(self):
        self.v = "b"
    def m(self):
        return "B.m"

def get_v(o):
    return o.v

warm(get_v, A())
print("attribute:", get_v(B()))

def call_m(o):
    return o.m()

warm(call_m, A())
print("method:", call_m(B()))

def set_v(o, x):
    o.v = x

warm(set_v, A(), 3)
b = B()
set_v(b, 4)
print("store attribute:", b.v)

def branch(x):
    if x:
        return "yes"
    return "no"

warm(branch, True)
print("branch:", branch(False), branch(0), branch([1]))

def item(seq, i):
    return seq[i]

warm(item, [1, 2, 3], -1)
print("list item:", item((4, 5), 0), item([1], 5) if False else item("ab", 1))

def lookup(d, k):
    return d[k]

warm(lookup, {"k": 1}, "k")
print("dict item:", lookup({1: "one"}, 1))

def store(seq, i, v):
    seq[i] = v
    return seq

warm(store, [0, 0], 1, 5)
print("list store:", store({}, 1, 5))

def pair(p):
    a, b = p
    return b

warm(pair, (1, 2))
print("unpacking:", pair("xy"))

def scaled(x, n):
    s = 0.0
    for i in range(n):
        s = s + x * 0.5
    return s

warm(scaled, 1.5, 3)
print("float local:", scaled(2, 3))

def power(x, y):
    return x ** y

warm(power, 2.0, 0.5)
print("float power:", power(-8.0, 0.5))

class SA:
    __slots__ = ("v",)

class SB:
    __slots__ = ("v",)

def slot_get(o):
    return o.v

sa = SA()
sa.v = 1
sb = SB()
sb.v = "sb"
warm(slot_get, sa)
print("slot attribute:", slot_get(sb))

def slot_set(o, x):
    o.v = x

warm(slot_set, sa, 2)
slot_set(sb, 5)
print("slot store:", sb.v)

class Up:
    def who(self):
        return "Up"

class Mid(Up):
    def who(self):
        return "Mid>" + super().who()

class Low(Mid):
    pass

warm(Mid().who)
print("super method:", Low().who())

names = (add, less, get_v, call_m, set_v, branch, item, lookup, store, pair, scaled, power,
         slot_get, slot_set, Mid.who)
print("deoptimised:", {f.__name__: J.info(f)["deoptimisations"] for f in names})
