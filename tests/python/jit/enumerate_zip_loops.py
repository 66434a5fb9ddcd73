# Compiled for-loops over enumerate and zip of lists, tuples and ranges take the next value
# directly; anything else (subclasses, strict zip, generators, iterators of Python classes)
# goes the general way. Results, consumption order and errors are CPython's.


def total_enum(items, start=0):
    s = 0
    for i, x in enumerate(items, start):
        s += i * x
    return s


def total_zip(*its):
    s = []
    for t in zip(*its):
        s.append(t)
    return s


for _ in range(300):
    r = total_enum([1, 2, 3]), total_enum((4, 5), 10), total_enum(range(5), -2)
print(r)
print(total_enum([1, 2], 2**53 - 1), total_enum([1, 2, 3], 2**70))
for _ in range(300):
    z = total_zip([1, 2, 3], (4, 5, 6, 7), range(10, 13))
print(z, total_zip(), total_zip([]), total_zip([1], []))


def gen(n):
    for i in range(n):
        yield i * 10


print(total_enum(gen(4)), total_zip(gen(3), [7, 8, 9, 10]))


class Loud(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x + 100


def loud(items):
    out = []
    for p in Loud(items):
        out.append(p)
    return out


for _ in range(300):
    lo = loud([1, 2])
print(lo)


def strict_sum(a, b):
    s = 0
    for x, y in zip(a, b, strict=True):
        s += x * y
    return s


for _ in range(300):
    strict_sum([1, 2], [3, 4])
try:
    strict_sum([1, 2, 3], [1, 2])
except ValueError as e:
    print("ValueError:", e)


# A list that grows while enumerated: the loop sees the new items.
def grow(items):
    for i, x in enumerate(items):
        if i < 3:
            items.append(x + 1)
    return items


print(grow([0]))

# zip takes from the first iterator before finding the second exhausted.
a = iter([1, 2, 3])
b = [10]
print(total_zip(a, b), list(a))


class Counting:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(total_enum(Counting()), total_zip(Counting(), "abcd"))


def failing():
    yield 1
    raise KeyError("inner")


try:
    total_zip([1, 2], failing())
except KeyError as e:
    print("KeyError:", e)
