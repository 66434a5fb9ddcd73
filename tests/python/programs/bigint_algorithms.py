def fact(n):
    r = 1
    for i in range(2, n + 1): r *= i
    return r
def digits_sum(n): return sum(map(int, str(n)))
def karatsuba(x, y):
    if x < 10 or y < 10: return x * y
    m = max(len(str(x)), len(str(y))) // 2
    hx, lx = divmod(x, 10 ** m); hy, ly = divmod(y, 10 ** m)
    z0 = karatsuba(lx, ly); z2 = karatsuba(hx, hy); z1 = karatsuba(lx + hx, ly + hy) - z2 - z0
    return z2 * 10 ** (2 * m) + z1 * 10 ** m + z0
a, b = 3 ** 200, 7 ** 150
print(karatsuba(a, b) == a * b, digits_sum(fact(100)), len(str(fact(500))), str(2 ** 1000)[:30])
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m); q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))
print(pi_digits(60))
def e_digits(n):
    s = 10 ** n; term = s; total = 0; k = 0
    while term:
        total += term; k += 1; term //= k
    return total
print(e_digits(50))
