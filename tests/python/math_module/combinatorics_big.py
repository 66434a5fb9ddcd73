import math
print(math.factorial(100))
print(math.comb(1000, 500) % 10**9, len(str(math.comb(1000, 500))))
print(math.perm(30, 10), math.comb(52, 5), math.isqrt(10**100 + 1), math.gcd(2**100, 6**50, 10**30))
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
