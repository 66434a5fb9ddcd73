for p in (2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127):
    m = 2**p - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    print(p, m if p < 70 else str(m)[:12] + '...', p == 2 or s == 0)
