# Flags, traps, the exception raised for trapped conditions (class, args, hierarchy) and
# the default, basic and extended contexts' traps.
import decimal
from decimal import *

def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)

c = Context(traps=[])
cases = [('divide', 1, 3), ('divide', 1, 0), ('divide', 0, 0), ('divide_int', 10**30, 1), ('add', Decimal('9.999999999999999999999999999E+999999'), Decimal('1E+999999')),
         ('multiply', Decimal('1E-999999'), Decimal('1E-10')), ('multiply', Decimal('1E-999999'), Decimal('1E-50')), ('quantize', Decimal('1.23'), Decimal('1E-1')),
         ('quantize', Decimal(10**30), Decimal(1)), ('add', Decimal('1.0'), 0), ('remainder', 1, 0), ('remainder', Decimal('1E+40'), 3),
         ('multiply', Decimal('1E-999990'), Decimal('1E-20')), ('divide', Decimal('1E+999990'), Decimal('1E-20')), ('subtract', Decimal('1E-999999'), Decimal('1E-999999'))]
for name, a, b in cases:
    c.clear_flags()
    r = getattr(c, name)(a, b)
    print(name, a, b, '->', r, flags(c))
c.clear_flags()
print(c.sqrt(Decimal(-1)), c.ln(0), c.log10(Decimal(-2)), c.power(0, 0), c.logb(0), flags(c))
c.clear_flags()
print(c.create_decimal('1.23456789012345678901234567890123'), c.create_decimal(0.1), flags(c))
c.clear_flags()
print(c.create_decimal('bad'), flags(c), c.create_decimal_from_float(0.25), flags(c))

for setup in [[InvalidOperation], [DivisionByZero], [Inexact], [Rounded], [Overflow], [Underflow], [Subnormal], [Clamped], [FloatOperation], [Inexact, Rounded], []]:
    ctx = Context(traps=setup, Emax=99, Emin=-99)
    out = []
    for expr in ['ctx.divide(1, 3)', 'ctx.divide(1, 0)', 'ctx.divide(0, 0)', 'ctx.multiply(Decimal("1E+99"), 10)', 'ctx.multiply(Decimal("1E-99"), Decimal("1E-5"))',
                 'ctx.create_decimal("1E+200")', 'ctx.create_decimal(1.5)', 'ctx.create_decimal("x")', 'ctx.divide_int(10**30, 1)', 'ctx.quantize(Decimal(1), Decimal("1E+200"))']:
        try:
            out.append(str(eval(expr)))
        except DecimalException as e:
            out.append('%s%s' % (type(e).__name__, [k.__name__ for k in e.args[0]]))
    print([k.__name__ for k in setup], out)

for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__], issubclass(cls, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e), e, e.args)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print('InvalidOperation', type(e), e, isinstance(e, ZeroDivisionError))
try:
    Decimal('x')
except InvalidOperation as e:
    print(repr(e), str(e))
getcontext().traps[FloatOperation] = True
for expr in ['Decimal(1.5)', 'Decimal(1) < 1.5', 'Decimal(1) == 1.5', 'Decimal(2) >= 2.0', 'Decimal.from_float(1.5)', 'getcontext().create_decimal(2.5)']:
    try:
        print(expr, eval(expr))
    except FloatOperation as e:
        print(expr, 'FloatOperation', isinstance(e, TypeError), e)
getcontext().traps[FloatOperation] = False
getcontext().clear_flags()
print(Decimal(1) == 1.0, getcontext().flags[FloatOperation])
print(DefaultContext.traps[InvalidOperation], BasicContext.traps[Underflow], ExtendedContext.traps[DivisionByZero], sorted(k.__name__ for k, v in BasicContext.traps.items() if v))
t = getcontext().traps
print(len(t), t[Overflow], Inexact in t, list(t.keys())[:3], type(t).__name__)
try:
    t['x']
except KeyError as e:
    print('KeyError')
try:
    del t[Overflow]
except ValueError as e:
    print('ValueError', e)
print(getcontext().flags == getcontext().flags.copy(), dict(getcontext().traps)[DivisionByZero])
