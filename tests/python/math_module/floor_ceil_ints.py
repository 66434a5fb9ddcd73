import math
for v in (2**70 + 0.0, -1e300, 1e-300, -0.5, 7, -7, 2**100):
    print(v, math.floor(v), math.ceil(v), type(math.floor(v)).__name__)
print(math.isfinite(1e308 * 10), math.isinf(-1e308 * 10), math.isnan(float('inf') - float('inf')))
print(math.nextafter(0, 1) == 5e-324, math.ulp(2**52), math.fsum([1e308, -1e308, 1.0]))
