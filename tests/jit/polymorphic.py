# Attribute sites that meet several receiver types: a failed type guard makes the next
# compilation accept the old and the new type, at that site and at the code's other sites
# on the same object, so that mixing the types no longer deoptimises. A site whose types
# need different code (an overriding method) becomes generic instead.
import _swallow_jit as J

def warm(f, *args):
    for _ in range(3 * J.threshold()):
        f(*args)

class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

    def bump(self):
        self.v += 1
        self.w = self.v * 2

class A(Base):
    pass

class B(Base):
    pass

class C(Base):
    def get(self):
        return -self.v

def total(o):
    o.bump()
    return o.v + o.w + o.get()

a, b, c = A(1), B(10), C(100)
warm(total, a)
print("monomorphic:", J.info(total)["compiled"], J.info(total)["deoptimisations"])
print("second type:", total(b), J.info(total)["deoptimisations"])
warm(total, b)
deopts = J.info(total)["deoptimisations"]
mixed = [total(o) for o in (a, b) * 50]
print("mixed:", mixed[-2:], J.info(total)["compiled"], J.info(total)["deoptimisations"] == deopts)

# An overriding get(): the method site cannot serve C with A's code.
results = []
for _ in range(3 * J.threshold()):
    results.append((total(a), total(c)))
print("override:", results[-1], J.info(total)["compiled"])

# A class changed after compilation still deoptimises at a polymorphic site.
Base.get = lambda self: self.w
print("changed class:", total(a), total(b), total(c))
print("values:", a.v, b.v, c.v)
