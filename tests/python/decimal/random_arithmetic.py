# Random operations over random operands, contexts and rounding modes (a fixed seed, so
# the expectations are stable): every result and flag must match libmpdec.
import random, sys
from decimal import *
seed = 20261122
R = random.Random(seed)
MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def rnd_dec():
    k = R.random()
    if k < 0.03: return R.choice(['NaN', 'sNaN', 'Inf', '-Inf', '-NaN3', '0', '-0'])
    digits = ''.join(R.choice('0123456789') for _ in range(R.randint(1, 12)))
    if R.random() < 0.3: digits = digits.rstrip('0') or '0'
    e = R.randint(-20, 20) if R.random() < 0.9 else R.randint(-120, 120)
    return ('-' if R.random() < 0.4 else '') + digits + 'E' + str(e)
def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)
for i in range(300):
    prec = R.choice([1, 2, 3, 5, 9, 12, 28])
    c = Context(prec=prec, rounding=R.choice(MODES), Emax=R.choice([99, 999999]), Emin=R.choice([-99, -999999]), clamp=R.choice([0, 0, 1]), traps=[])
    a, b = Decimal(rnd_dec()), Decimal(rnd_dec())
    op = R.choice(['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'quantize', 'compare', 'max', 'min', 'plus', 'minus', 'normalize', 'sqrt', 'next_plus', 'next_minus', 'next_toward', 'to_integral_exact', 'fma', 'divmod', 'max_mag', 'compare_total', 'scaleb', 'logb'])
    try:
        if op in ('plus', 'minus', 'normalize', 'sqrt', 'next_plus', 'next_minus', 'to_integral_exact', 'logb'):
            r = getattr(c, op)(a)
        elif op == 'fma':
            r = c.fma(a, b, Decimal(rnd_dec()))
        elif op == 'scaleb':
            r = c.scaleb(a, Decimal(R.randint(-30, 30)))
        else:
            r = getattr(c, op)(a, b)
    except Exception as e:
        r = type(e).__name__
    print(i, op, prec, c.rounding, c.Emax, c.clamp, a, b, '->', r, flags(c))
