# statistics: exact results with Fractions/Decimals, means of mixed types, medians,
# modes, spread, quantiles methods, correlation/regression, NormalDist, and the errors.
import math
import statistics as st
from decimal import Decimal
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4]), st.mean([F(1, 3), F(2, 3)]), st.mean([Decimal("0.1"), Decimal("0.2")]))
print(st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(iter([5])), st.fmean([1, 2, 3]))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([1, 10, 100]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([4, 1, 3, 2]), st.median_high([4, 1, 3, 2]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.variance([F(1, 2), F(3, 2), F(5, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([Decimal("1"), Decimal("2"), Decimal("4")]))
print(st.variance([1, 2, 3], xbar=2), st.pvariance([1e300, 1e300]), st.variance([2, 2, 2, 2]))
data = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]
print(st.quantiles(data), st.quantiles(data, n=10), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=3), st.quantiles([F(1), F(2), F(4)], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y), st.linear_regression(x, y))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode)
print(round(n.cdf(130), 12), round(n.pdf(100), 12), round(n.inv_cdf(0.975), 9), n.quantiles(4))
print(round(n.overlap(st.NormalDist(110, 10)), 12), round(n.zscore(85), 12))
m = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(m.mean, 12), round(m.stdev, 12))
print(n + 10, n * 2, n - st.NormalDist(0, 20), n / 5, 3 * n, -n, n == st.NormalDist(100, 15))
print(round(st.NormalDist().inv_cdf(0.5), 12), st.NormalDist().cdf(float("inf")))

errors = [
    lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
    lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.harmonic_mean([-1, 2]),
    lambda: st.geometric_mean([0, 1]), lambda: st.geometric_mean([]), lambda: st.fmean([]),
    lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method="bogus"), lambda: st.correlation([1, 2], [1]),
    lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1], [2]),
    lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.covariance([1], [1]),
    lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(1.0),
    lambda: st.NormalDist.from_samples([1]), lambda: st.NormalDist(1, 0).pdf(1),
    lambda: st.mean(["a", "b"]), lambda: st.mean([1, F(1, 2), Decimal(1)]),
    lambda: st.median_grouped(["a"]), lambda: st.fmean([1, 2], weights=[1]),
]
for f in errors:
    try:
        print(f())
    except (st.StatisticsError, ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), math.isnan(st.mean([1, float("nan")])),
      st.median([float("inf"), 1, 2]), st.mean([float("inf"), 1]))
