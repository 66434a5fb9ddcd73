# Big and small ints mixed in compiled arithmetic and comparisons (no write-back for
# ints), with the errors they raise.
def f(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            out.append((x + y, x - y, x * y, x & y, x | y, x ^ y, x < y, x <= y, x == y, x != y, x > y, x >= y))
            try:
                out.append((x // y, x % y, x / y))
            except ZeroDivisionError as e:
                out.append(str(e))
            try:
                out.append(x << (y % 70 if y >= 0 else 3))
            except (OverflowError, ValueError) as e:
                out.append(str(e))
    return out
xs = [0, 1, -1, 2**52, 2**53, 2**53 + 1, -2**63, 2**64 - 1, 10**30, True]
for i in range(300): r = f(xs, xs)
print(len(r), r[:5], r[-5:], sum(1 for v in r if v is True))
big = 2**60
def cmp(n):
    c = 0
    for i in range(n):
        if big > i: c += 1
        if i == big: c -= 100
    return c
for i in range(300): cmp(10)
print(cmp(1000))
