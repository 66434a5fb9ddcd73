# The standard library's users of Decimal: statistics over Decimals, Fraction from and
# compared with Decimals, and mixed sorting.
import statistics
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

data = [D('1.5'), D('2.25'), D('3.0'), D('4.75'), D('0.5'), D('2.25')]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data), statistics.mode(data))
print(statistics.fmean(data), statistics.variance(data), statistics.stdev(data), statistics.pvariance(data), statistics.pstdev(data))
print(statistics.harmonic_mean([D('1'), D('2'), D('4')]), statistics.geometric_mean([D('1'), D('2'), D('4')]), statistics.median_grouped([D(1), D(2), D(2), D(3)]))
print(statistics.mean([D('0.1')] * 10), statistics.stdev([D('1.1'), D('2.2'), D('3.3'), D('4.4')]), statistics.quantiles([D(i) for i in range(1, 11)], n=4))
with localcontext(prec=10):
    print(statistics.stdev([D(1), D(2), D(4)]), statistics.variance([D('1E+10'), D('1'), D('-5')]))
print(F(D('1.25')), F(D('-0.001')), F.from_decimal(D('3.5E+3')), F(D('0')), F(1, 3) < D('0.34'), F(1, 2) == D('0.5'), D('0.5') == F(1, 2), D('0.75') > F(2, 3))
for bad in ['NaN', 'Inf']:
    try:
        F(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted([D('0.3'), F(1, 4), 0.35, 1, D('-1E-5')]), max(D('2.5'), F(5, 2), key=float))
print(D('1.1') + int(F(3, 1)), D(F(7, 2).numerator) / D(F(7, 2).denominator), F(D('1.1')).limit_denominator(5))
