def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
import math
pairs = [(12, 18), (2**80, 6**40), (-24, 36), (0, 5), (0, 0), (10**20 + 1, 10**10 + 1)]
for a, b in pairs:
    print(gcd(a, b), math.gcd(a, b), math.lcm(a, b) if a and b else 0)
print(math.gcd(), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.isqrt(10**40), math.isqrt(2**101), math.isqrt(0), math.isqrt(99))
print(math.comb(100, 50), math.perm(20, 5), math.factorial(30))
