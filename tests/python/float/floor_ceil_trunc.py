import math
for x in (2.5, -2.5, 2.0, -0.5, 1e20, -1e-20, 0.999999999999, 1e300):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x))
print(type(math.floor(2.5)).__name__, math.floor(-0.0), math.ceil(-0.5))
