# setdefault hashes its key once and compares once (bpo-13521); update() from a dict that
# a key's __eq__ empties raises RuntimeError.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)

h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault("k", 1), y.setdefault("k", 2), len(y))

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 1337))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError:", e)
