def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in (0, 1, 2, 15, 16, 17, 10**20, 10**41, 2**127 - 1, 3**200):
    r = isqrt(n)
    print(n if n < 10**30 else len(str(n)), r, r * r <= n < (r + 1) ** 2)
