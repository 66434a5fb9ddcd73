# NaN, sNaN and Infinity through arithmetic and comparison, with InvalidOperation untrapped
# and trapped.
from decimal import *

vals = ['NaN', '-NaN', 'NaN5', 'sNaN', '-sNaN7', 'Inf', '-Inf', '0', '-0', '1', '-2.5']
c = Context(traps=[])
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'compare', 'max', 'min', 'max_mag', 'min_mag', 'power', 'quantize', 'compare_total', 'copy_sign']:
    out = []
    for x in vals:
        for y in vals:
            c.clear_flags()
            r = getattr(c, name)(Decimal(x), Decimal(y))
            out.append(str(r) + ('!' if c.flags[InvalidOperation] else '') + ('z' if c.flags[DivisionByZero] else ''))
    print(name, ' '.join(out))
for name in ['sqrt', 'exp', 'ln', 'log10', 'logb', 'minus', 'plus', 'abs', 'normalize', 'next_plus', 'next_minus', 'to_integral_value', 'number_class', 'is_nan', 'is_snan', 'is_qnan', 'is_infinite', 'is_finite', 'is_zero', 'is_signed', 'is_normal', 'is_subnormal']:
    out = []
    for x in vals:
        c.clear_flags()
        r = getattr(c, name)(Decimal(x))
        out.append(str(r) + ('!' if c.flags[InvalidOperation] else '') + ('z' if c.flags[DivisionByZero] else ''))
    print(name, ' '.join(out))
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != Decimal('NaN'), Decimal('NaN') == 1, Decimal('Inf') > 10**100, Decimal('-Inf') < -10**100)
for expr in ["Decimal('NaN') < 1", "Decimal('sNaN') == 1", "Decimal(1) <= Decimal('NaN')", "Decimal('sNaN') + 1", "Decimal('Inf') - Decimal('Inf')", "Decimal(0) * Decimal('Inf')", "Decimal(0) ** 0", "Decimal('Inf') / Decimal('-Inf')", "Decimal(1) % 0", "Decimal(0) / 0", "Decimal(-1).sqrt()", "Decimal(-1).ln()", "Decimal(5) // 0", "Decimal(5) / 0", "divmod(Decimal(5), 0)", "Decimal('-Inf') ** Decimal('0.5')", "Decimal(-8) ** Decimal('0.5')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e.args)
print(sorted([Decimal('Inf'), Decimal(1), Decimal('-Inf'), Decimal('-0'), Decimal('0.5')]))
print(max(Decimal('NaN'), Decimal(1)) if False else Decimal(1).max(Decimal('NaN')), Decimal('NaN').min(Decimal(3)), Decimal(1).max(Decimal('1.0')), Decimal('-0').max(Decimal('0')), Decimal(-1).min(Decimal('-1.00')))
print(repr(Decimal('NaN123')), repr(Decimal('-sNaN')), repr(Decimal('Infinity')), repr(Decimal('-inf')), Decimal('nan').is_qnan())
print(c.create_decimal('NaN' + '1' * 40), Context(prec=5, clamp=1, traps=[]).create_decimal('sNaN123456789'), c.create_decimal('NaN' + '1' * 28))
