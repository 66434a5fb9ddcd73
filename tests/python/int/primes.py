def sieve(n):
    s = [True] * (n + 1)
    s[0] = s[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]:
            s[i*i::i] = [False] * len(range(i*i, n + 1, i))
    return [i for i, p in enumerate(s) if p]
p = sieve(1000)
print(len(p), p[:20], p[-5:], sum(p))
def is_prime(n):
    if n < 2: return False
    for q in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % q == 0: return n == q
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1: break
        else:
            return False
    return True
print([n for n in range(10**12, 10**12 + 100) if is_prime(n)])
print(is_prime(2**61 - 1), is_prime(2**67 - 1), is_prime(2**89 - 1))
