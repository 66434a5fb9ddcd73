import math
cases = [(math.sqrt, (-1,)), (math.log, (-1,)), (math.log, (0,)), (math.acos, (2,)), (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.exp, (1000,)), (math.pow, (10, 400)), (math.pow, (0, -1)), (math.comb, (-1, 2)), (math.isqrt, (-4,)), (math.fmod, (1, 0)), (math.log, (10, 1)), (math.gamma, (0,)), (math.ldexp, (1, 5000))]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
