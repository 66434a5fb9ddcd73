# Random values through format specs, conversions, hashing and comparison with floats
# (a fixed seed, so the expectations are stable).
import random, sys, math
from decimal import *
from fractions import Fraction
seed = 20261122
R = random.Random(seed)
def rnd_dec():
    if R.random() < 0.05: return R.choice(['NaN', 'Inf', '-Inf', '0', '-0', '0E+5', '0E-9'])
    digits = ''.join(R.choice('0123456789') for _ in range(R.randint(1, 15)))
    e = R.randint(-25, 25)
    return ('-' if R.random() < 0.4 else '') + digits + 'E' + str(e)
specs = ['', 'f', 'e', 'g', '%', 'n', 'E', 'G', 'F']
for i in range(300):
    d = Decimal(rnd_dec())
    spec = ''
    if R.random() < 0.3: spec += R.choice(['<', '>', '^', '=', '*<', '0>', 'x^'])
    if R.random() < 0.3: spec += R.choice(['+', '-', ' '])
    if R.random() < 0.1: spec += 'z'
    if R.random() < 0.2: spec += '0'
    if R.random() < 0.4: spec += str(R.randint(1, 30))
    if R.random() < 0.2: spec += ','
    if R.random() < 0.5: spec += '.' + str(R.randint(0, 12))
    t = R.choice(specs)
    if t == 'n' and ',' in spec: t = 'g'
    spec += t
    try:
        f = format(d, spec)
    except Exception as e:
        f = type(e).__name__
    extra = []
    if d.is_finite():
        extra = [d.as_integer_ratio(), int(d), float(d), hash(d), d == float(d), d < float(d), Fraction(d) == d, d.adjusted(), d.to_eng_string()]
        try: extra.append(round(d))
        except Exception as e: extra.append(type(e).__name__)
    print(i, repr(d), repr(spec), f, extra)
