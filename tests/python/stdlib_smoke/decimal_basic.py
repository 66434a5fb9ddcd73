from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_FLOOR
print(D('0.1') + D('0.2'), D(0.1), D('1.10') * 3, D('10') / D('3'), D('2').sqrt())
getcontext().prec = 10
print(D(1) / D(7), D('1.2345').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('-1.5').quantize(D('1'), rounding=ROUND_FLOOR))
print(D('1e3'), D('1.000').normalize(), D('NaN').is_nan(), D('-0'), D('123.456').as_tuple())
print(sorted([D('1.1'), D('0.9'), D(1)]), D('3.00') == 3, str(D('1e-10')))
