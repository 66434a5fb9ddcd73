import math
for x in (0.5, 1, 2.5, 5, 10):
    print(x, math.gamma(x), math.lgamma(x), math.erf(x / 3), math.erfc(x / 3))
print(math.frexp(8.0), math.frexp(0.3), math.ldexp(0.5, 4), math.modf(-3.25), math.modf(2.0))
print(math.expm1(1e-5), math.log1p(1e-5), math.cbrt(27) if hasattr(math, 'cbrt') else 'n/a', math.exp2(3) if hasattr(math, 'exp2') else 'n/a')
