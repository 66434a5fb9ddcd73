t = (1, 'a', 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, (1,) * 0, (), (1,), tuple('ab'))
print(t.count(None), t.index('a'), 'a' in t, (1, 2) < (1, 3), (1, 2) == (1, 2.0), (1, 2) < (1, 2, 3))
a, *rest = t
print(a, rest, type(rest).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[9]
except IndexError as e:
    print("IndexError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((1, 2), 3)))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
