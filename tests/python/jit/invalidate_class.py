# Compiled attribute and method accesses behind a type-version guard, then the class changes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def size(self):
        return abs(self.x) + abs(self.y)

def total(points):
    s = 0
    for p in points:
        s += p.size() + p.x
    return s

pts = [Point(i, -i) for i in range(500)]
print(total(pts))
Point.size = lambda self: 1
print(total(pts))

def other_size(self):
    return 2
Point.size = other_size
print(total(pts))

# __getattr__ added to the class: missing attributes now resolve through it.
def read_z(objs):
    out = 0
    for o in objs:
        try:
            out += o.z
        except AttributeError:
            out -= 1
    return out

print(read_z(pts))
Point.__getattr__ = lambda self, name: 7
print(read_z(pts))
del Point.__getattr__
print(read_z(pts))

# A property replacing a plain instance attribute that compiled code reads.
def xs(objs):
    return sum([o.x for o in objs])

print(xs(pts))
Point.x = property(lambda self: 100)
try:
    print(xs(pts))
except AttributeError as e:
    print("AttributeError", e)
