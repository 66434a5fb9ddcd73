# sqrt: exact results keep the ideal exponent, inexact ones round half-even.
from decimal import *

vals = ['0', '-0', '1', '2', '4', '0.25', '100', '1E+2', '1E+3', '1.00', '0.0100', '16E-4', '2.25', '10', '0.5',
        '1E-7', '1E-8', '123456789', '9', '0.09', '81E+6', '1.21', '3', '99', '1E+1000', '5E-1000', '0E+3', '0E-3', '-0E+5']
for prec in [1, 2, 5, 10, 28]:
    c = Context(prec=prec)
    out = []
    for v in vals:
        c.clear_flags()
        r = c.sqrt(Decimal(v))
        out.append(str(r) + ('' if c.flags[Inexact] else '=') + ('r' if c.flags[Rounded] else ''))
    print(prec, ' '.join(out))
for m in [ROUND_UP, ROUND_DOWN, ROUND_FLOOR]:
    print(m, Context(prec=5, rounding=m).sqrt(Decimal(2)), Context(prec=5, rounding=m).sqrt(Decimal(3)))
with localcontext(prec=60):
    print(Decimal(2).sqrt(), Decimal('0.2').sqrt())
for i in range(1, 40):
    print(i, Decimal(i).sqrt(), Decimal(i * i).sqrt(), Decimal(i) / 7)
