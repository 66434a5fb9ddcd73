# Context objects: construction, validation, repr, copy, getcontext/setcontext,
# localcontext with keyword arguments, Etiny/Etop, and the method forms of operations.
import decimal
from decimal import *

print(repr(Context()))
print(repr(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow, Clamped])))
c = Context(prec=7)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.__version__, decimal.__libmpdec_version__, ROUND_HALF_EVEN, ROUND_05UP)
for kw in [dict(prec=0), dict(prec=-1), dict(rounding='bad'), dict(Emin=5), dict(Emax=-5), dict(capitals=3), dict(clamp=-1), dict(prec='7')]:
    try:
        Context(**kw)
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, c2 is not c, type(c2).__name__)
old = getcontext()
setcontext(c2)
print(getcontext() is c2, Decimal(1) / 3)
setcontext(old)
print(Decimal(1) / 3)
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
with localcontext() as lc:
    lc.prec = 4
    print(Decimal(2).sqrt(), getcontext() is lc)
print(Decimal(2).sqrt())
with localcontext(prec=6, rounding=ROUND_UP) as lc:
    print(lc.prec, lc.rounding, Decimal(2) / 3)
with localcontext(Context(prec=3)) as lc:
    print(lc.prec, Decimal(2) / 3)
with localcontext(traps=[Inexact]):
    try:
        Decimal(1) / 3
    except Inexact:
        print('Inexact trapped')
try:
    localcontext(prec=0)
except ValueError as e:
    print('ValueError', e)
try:
    with localcontext(bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)
c = Context(prec=9)
print(c.add(1, 2), c.subtract(Decimal('1.1'), 2), c.multiply(3, Decimal('0.5')), c.divide(10, 4), c.divide_int(10, 4), c.remainder(10, 4), c.divmod(10, 4))
print(c.abs(-5), c.minus(5), c.plus(Decimal('1.23456789012')), c.compare(1, 2), c.compare(2, 2), c.max(1, 2), c.min(1, 2), c.power(2, 10), c.power(3, 4, 5))
print(c.sqrt(2), c.exp(1), c.ln(10), c.log10(1000), c.logb(250), c.scaleb(1, 5), c.quantize(Decimal('1.2345'), Decimal('0.01')), c.normalize(Decimal('1.200')))
print(c.is_zero(0), c.is_signed(-1), c.is_finite(1), c.number_class(1), c.to_sci_string(Decimal('1E+3')), c.to_eng_string(Decimal('1E+4')), c.radix(), c.copy_abs(-2), c.copy_negate(2), c.copy_sign(1, -2), c.copy_decimal(5))
print(c.create_decimal('3.14159265358979'), c.create_decimal(Decimal('1.00000000001')), c.create_decimal(12345678901234), c.create_decimal())
try:
    c.add('1', 2)
except TypeError as e:
    print('TypeError', e)
print(c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(repr(c))
c.traps[Inexact] = True
print(repr(c))
c.clear_traps()
print(repr(c))
import copy, pickle
c3 = copy.copy(Context(prec=11))
print(c3.prec, pickle.loads(pickle.dumps(Context(prec=13, traps=[Inexact]))))
class MyContext(Context):
    pass
print(type(MyContext(prec=4).copy()).__name__, MyContext(prec=4).prec)
