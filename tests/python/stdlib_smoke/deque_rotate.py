# deque.rotate against a list model: every size around the ring buffer's capacities, heads
# moved by appendleft/popleft first, full buffers, maxlen deques, huge and negative steps,
# and the mutation check of iterators.
from collections import deque


def model_rotate(items, n):
    if not items:
        return items
    n %= len(items)
    return items[-n:] + items[:-n] if n else items


bad = 0
for size in range(0, 20):
    for shift in range(0, 5):
        d = deque()
        for i in range(shift):
            d.appendleft(-i)
        for i in range(shift):
            d.popleft()
        d.extend(range(size))
        items = list(range(size))
        for n in (0, 1, -1, 2, -2, size, -size, size + 3, -(size + 3), size // 2, -(size // 2), 2**62 + 1, -(2**62) - 7):
            d.rotate(n)
            items = model_rotate(items, n)
            if list(d) != items:
                bad += 1
print("mismatches:", bad)

d = deque("abcdefgh", maxlen=8)
d.rotate(3)
print(d, d.maxlen)
d.append("z")
print(d)

d = deque([1, 2, 3])
d.rotate()
print(d)
d.rotate(-1)
print(d)
print(deque().rotate(5), deque([7]).rotate(-4))

for n in (1, 0, 5):
    d = deque(range(5))
    it = iter(d)
    next(it)
    d.rotate(n)
    try:
        print(next(it))
    except RuntimeError as e:
        print(n, "RuntimeError:", e)
d = deque([1])
it = iter(d)
d.rotate(3)
print(next(it))

for bad_arg in ("1", 1.5, None):
    try:
        deque([1, 2]).rotate(bad_arg)
    except TypeError as e:
        print("TypeError:", e)

for huge in (2**63, -(2**63) - 1, 10**30):
    try:
        deque([1, 2]).rotate(huge)
    except OverflowError as e:
        print("OverflowError:", e)
