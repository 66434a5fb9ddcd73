def steps(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
for n in (1, 7, 27, 97, 871, 2**64 + 1, 10**20 + 7):
    print(n, steps(n))
