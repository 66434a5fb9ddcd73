# hypot and dist of finite values whose norm passes the largest float give inf, as CPython
# (no OverflowError); large values that fit are scaled, not overflowed.
import math
import sys

fourthmax = sys.float_info.max / 4.0
for n in (2, 15, 16, 17, 31):
    print(n, math.hypot(*([fourthmax] * n)), fourthmax * math.sqrt(n))
print(math.hypot(1e308, 1e308), math.dist((1e308,), (-1e308,)), math.dist((1e308, 1e308), (-1e308, 0)))
print(math.dist([fourthmax] * 3, [-fourthmax] * 3))
print(math.hypot(-math.inf, math.nan), math.hypot(math.nan, 1.0))
