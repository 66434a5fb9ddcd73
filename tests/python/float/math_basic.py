import math
for x in (0.5, 1.0, 2.0, 10.0, 100.0):
    print(x, math.sqrt(x), math.exp(x), math.log(x), math.log10(x), math.log2(x))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan2(1, -1), math.hypot(3, 4))
print(math.log(8, 2), math.log(100, 10), math.log1p(1e-10), math.expm1(1e-10))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
