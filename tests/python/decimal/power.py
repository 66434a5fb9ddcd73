# ** and Context.power: integral exponents exactly rounded, non-integral through exp/ln,
# special cases and three-argument pow.
from decimal import *

bases = ['2', '-2', '0.5', '10', '1.1', '3', '-0.3', '1', '-1', '0', '-0', '7.25', '1E+5', '0.001']
exps = ['0', '1', '2', '3', '-1', '-2', '10', '-10', '0.5', '-0.5', '2.5', '100', '1.5', '1E+2', '0.1']
c = Context(traps=[])
for b in bases:
    out = []
    for e in exps:
        c.clear_flags()
        r = c.power(Decimal(b), Decimal(e))
        out.append(str(r) + ('!' if c.flags[InvalidOperation] else '') + ('' if c.flags[Inexact] else '='))
    print(b, ' '.join(out))
print(Decimal(2) ** 100, Decimal(2) ** -100, Decimal('1.0') ** 2, Decimal('10') ** 30, Decimal(10) ** -3, Decimal('0.5') ** -2)
print(Decimal(3) ** 100, Decimal(7) ** Decimal('0.5'), Decimal('1.5') ** Decimal('2.5'), Decimal(2) ** Decimal('0.5'), Decimal(4) ** Decimal('0.5'))
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7), pow(Decimal(10), 100, 97))
for m in [ROUND_UP, ROUND_DOWN, ROUND_HALF_UP]:
    cc = Context(prec=6, rounding=m)
    print(m, cc.power(Decimal(2), Decimal('0.5')), cc.power(Decimal(3), 20), cc.power(Decimal('1.01'), 1000))
c = Context(prec=9, Emax=99, Emin=-99, traps=[])
for b, e in [('10', '99'), ('10', '100'), ('10', '-99'), ('10', '-107'), ('2', '400'), ('0.1', '200'), ('9.9', '100')]:
    c.clear_flags()
    print(b, e, c.power(Decimal(b), Decimal(e)), sorted(k.__name__ for k, v in c.flags.items() if v))
print(Decimal('Inf') ** 2, Decimal('-Inf') ** 3, Decimal('-Inf') ** -2, Decimal(2) ** Decimal('Inf'), Decimal('0.5') ** Decimal('Inf'), Decimal('0.5') ** Decimal('-Inf'), Decimal(1) ** Decimal('Inf'))
print(2 ** Decimal(3), Decimal('1.5') ** 2, (-Decimal(8)) ** 3)
