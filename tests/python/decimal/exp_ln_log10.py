# exp, ln and log10 over many inputs and precisions: libmpdec rounds them correctly
# (always half-even), so every digit must match.
from decimal import *

inputs = ['1', '2', '3', '0.5', '0.1', '10', '100', '1E-10', '1.000000001', '0.999999999', '2.718281828459045',
          '12345.6789', '1E+100', '1E-100', '7', '0.001', '42', '-1', '-0.5', '-10', '-100', '3.14159', '1E+5',
          '0.0000001234', '99999', '1.5', '25', '1000', '0.01', '-2.302585092994045684017991454']
for prec in [1, 3, 9, 16, 28, 40]:
    c = Context(prec=prec, Emax=999999, Emin=-999999, traps=[])
    for name in ['exp', 'ln', 'log10']:
        out = []
        for s in inputs:
            c.clear_flags()
            r = getattr(c, name)(Decimal(s))
            out.append(str(r) + ('' if c.flags[Inexact] else '='))
        print(prec, name, ' '.join(out))
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    c = Context(prec=6, rounding=m)
    print(m, c.exp(Decimal(1)), c.ln(Decimal(3)), c.log10(Decimal(7)), c.exp(Decimal('-1')), c.ln(Decimal('0.3')))
print(Decimal(10).ln(), Decimal('1E+1000').log10(), Decimal('0.001').log10(), Decimal('1E-5').log10(), Decimal('100.0').log10(), Decimal(2).log10())
print(Decimal('1E-1000').ln(), Decimal('1.0000000000000000000000000000000001').ln(), Decimal('0.99999999999999999999999999999').ln())
c = Context(prec=10, Emax=99, Emin=-99, traps=[])
for s in ['230', '231', '-230', '-250', '227.9', '-226', '1E+10', '-1E+10']:
    c.clear_flags()
    r = c.exp(Decimal(s))
    print(s, r, sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(prec=50):
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(3).log10())
with localcontext(prec=100):
    print(Decimal(1).exp())
    print(Decimal(10).ln())
