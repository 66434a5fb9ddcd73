n = 30
pyth = [(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n) if a * a + b * b == c * c]
print(pyth)
primes = [p for p in range(2, 100) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
print(sum(1 for _ in (x for x in range(10000) if x % 7 == 0)))
