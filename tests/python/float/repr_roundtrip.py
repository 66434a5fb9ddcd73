import math
x = 0.0
vals = []
for i in range(1, 40):
    x += 1.0 / (i * 7)
    vals.append(x)
for v in vals[::3]:
    s = repr(v)
    print(s, float(s) == v, len(s))
print(repr(math.pi), repr(math.e), repr(math.tau), repr(-math.pi / 2))
print(math.pi * 1e10, math.pi * 1e-10, math.pi * 1e16, math.pi * 1e15)
