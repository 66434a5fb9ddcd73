# Powers near the underflow and overflow thresholds in every rounding mode: libmpdec's exponent
# bounds and its half-even working context decide which results flush to zero.
from decimal import *
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN]:
    c = Context(prec=5, Emax=99, Emin=-99, rounding=m, traps=[])
    out = []
    for a, b in [('10', '200'), ('9.9', '150'), ('10', '-200'), ('0.5', '400'), ('0.5', '340'), ('0.5', '345'), ('2', '-340'), ('-2', '-341'), ('2', '333'), ('3', '210'), ('0.1', '103'), ('0.1', '104'), ('0.1', '107'), ('0.1','108'), ('7', '-150'), ('1.1', '3000'), ('1.1', '-3000'), ('0.99', '30000'), ('5', '-143.5'), ('5', '-146.5'), ('5', '-150.5')]:
        c.clear_flags()
        r = c.power(Decimal(a), Decimal(b))
        out.append('%s**%s=%s %s' % (a, b, r, ''.join(k.__name__[:3] for k, v in c.flags.items() if v)))
    print(m, out)
    print(m, c.exp(Decimal(-300)), c.exp(Decimal(-240)), c.exp(Decimal(-237.5)), c.exp(Decimal(300)), c.exp(Decimal(230)), c.exp(Decimal('229.8')))
