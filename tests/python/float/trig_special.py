import math
print(math.sin(0.0), math.sin(-0.0), math.cos(0.0), math.atan(float('inf')), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.exp(-1000), math.exp(709), math.tanh(1000), math.tanh(-0.0), math.asin(1), math.acos(-1))
for f, v in ((math.sqrt, -1.0), (math.log, 0.0), (math.log, -1.0), (math.exp, 1000.0), (math.acos, 2.0), (math.asin, -1.5)):
    try:
        print(f(v))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
