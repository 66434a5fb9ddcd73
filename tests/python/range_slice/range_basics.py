for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3)):
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None, 3 in r, r.count(4), bool(r))
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[::2], r[-2:], r[1:100:2], r.index(9), r.start, r.stop, r.step)
try:
    range(0, 1, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
