import itertools
vals = [10**25 + 3, -(10**25) - 3, 7**30, -(7**30), 12, -12]
for a, b in itertools.product(vals, repeat=2):
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
