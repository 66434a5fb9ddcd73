# Random operations over random operands, contexts and rounding modes (a fixed seed, so
# the expectations are stable): every result and flag must match libmpdec.
import random, sys
from decimal import *
seed = 20261122
R = random.Random(seed)
MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def rnd_dec(maxd=10, emin=-12, emax=6):
    digits = ''.join(R.choice('0123456789') for _ in range(R.randint(1, maxd)))
    e = R.randint(emin, emax)
    return ('-' if R.random() < 0.3 else '') + digits + 'E' + str(e)
def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)
for i in range(250):
    prec = R.choice([1, 2, 4, 7, 16, 28, 35])
    c = Context(prec=prec, rounding=R.choice(MODES), Emax=R.choice([99, 999999]), Emin=R.choice([-99, -999999]), traps=[])
    op = R.choice(['exp', 'ln', 'log10', 'sqrt', 'power', 'power', 'powint'])
    b = None
    a = Decimal(rnd_dec())
    try:
        if op == 'power':
            b = Decimal(rnd_dec(4, -3, 1))
            r = c.power(abs(a), b)
        elif op == 'powint':
            b = Decimal(R.randint(-40, 40))
            r = c.power(a, b)
        else:
            r = getattr(c, op)(a)
    except Exception as e:
        r = type(e).__name__
    print(i, op, prec, c.rounding, c.Emin, a, b if op.startswith('pow') else '', '->', r, flags(c))
