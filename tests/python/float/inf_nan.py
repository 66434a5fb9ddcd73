inf = float('inf'); nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(float('INF'), float('-Infinity'), float(' nan '), float('+inF'), float('-nan'))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float('nan')
print(x in [float('nan')], {x: 1}.get(x), {x: 1}.get(float('nan')))
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, nan, 1])[1:] if False else 'skip')
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(int(1e308) == 10**308, round(inf) if False else 'x')
for f in (lambda: round(inf), lambda: round(nan), lambda: int(inf), lambda: math.floor(nan)):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
