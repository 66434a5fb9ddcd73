import math
for x in (0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.asin(max(-1, min(1, x))), math.atan(x))
for x in (0.0, 0.5, 1.0, 2.0):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.acosh(x + 1), math.atanh(x / 3))
print(math.degrees(1), math.radians(90), math.atan2(-1, -1), math.atan2(0, -1))
