import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.fabs(-2), math.copysign(3, -0.0), math.fmod(10, 3), math.fmod(-10, 3))
print(math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(1024, 2), math.log2(1024), math.log10(1e-5))
print(math.factorial(20), math.comb(10, 3), math.perm(5), math.gcd(48, 18), math.lcm(4, 6), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), math.remainder(7, 2), math.remainder(5, 2))
