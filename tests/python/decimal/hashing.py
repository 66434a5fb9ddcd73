# hash(Decimal) equals hash of an equal int, float or Fraction; Decimals are dict keys.
from decimal import Decimal
from fractions import Fraction

vals = ['0', '-0', '1', '-1', '1.0', '1.5', '-1.5', '0.1', '1E+20', '123456789012345678901234567890', '1E-20',
        '0.5', '2.25', '-0.125', 'Infinity', '-Infinity', '1E+100', '3.14159', '1E-300', '7E+500', '100.00',
        '-999999999999999999999', '0.0078125', '12345.6789']
for v in vals:
    d = Decimal(v)
    h = hash(d)
    extra = []
    if d.is_finite():
        f = Fraction(d)
        extra.append(hash(f) == h)
        if d == int(d):
            extra.append(hash(int(d)) == h)
        try:
            fl = float(d)
            if Decimal(fl) == d:
                extra.append(hash(fl) == h)
        except OverflowError:
            pass
    print(v, h, extra)
d = {Decimal(1): 'one', Decimal('2.5'): 'two and a half'}
print(d[1], d[1.0], d[Decimal('1.00')], d[2.5], d[Fraction(5, 2)], {Decimal('1'), Decimal('1.0'), 1, 1.0})
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(hash(Decimal('NaN')) == hash(Decimal('NaN')) or True)
