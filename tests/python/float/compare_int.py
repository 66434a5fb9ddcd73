big = 2**53
print(big + 1 > float(big), float(big) < big + 1, float(big) == big)
print(1e308 < 10**309, 1e308 > 10**307)
print(0.1 < 1/10, 0.1 == 1/10, 1/3 == 0.3333333333333333)
print(-0.0 == 0.0, -0.0 < 0.0)
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0), 1/float('inf'))
print(sorted([0.0, -0.0, 0.0, -0.0]), [str(x) for x in sorted([0.0, -0.0])])
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
