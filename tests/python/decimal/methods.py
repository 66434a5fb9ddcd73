# The named Decimal methods: comparison forms, quantize, normalize, next_*, scaleb, shift,
# rotate, logical operations, logb, number_class, same_quantum, copy_*, is_* and adjusted.
from decimal import *

vals = ['0', '-0', '1', '-1', '1.50', '-2.5E+3', '0.001', '12345', '1E-999999', '9.999999999999999999999999999E+999999', 'Inf', '-Inf', 'NaN', '1E-1000005']
for name in ['normalize', 'next_plus', 'next_minus', 'logb', 'number_class', 'is_normal', 'is_subnormal', 'adjusted', 'copy_abs', 'copy_negate', 'is_signed', 'is_zero', 'is_finite', 'to_integral_value', 'to_integral_exact', 'canonical', 'is_canonical']:
    out = []
    for v in vals:
        try:
            out.append(str(getattr(Decimal(v), name)()))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, out)
pairs = [('1', '2'), ('2', '1'), ('1', '1.0'), ('1.0', '1'), ('-1', '-1.0'), ('0', '-0'), ('NaN', '1'), ('1', 'NaN'), ('-NaN', 'NaN'), ('sNaN', 'NaN'),
         ('Inf', '1E+999'), ('-Inf', '-Inf'), ('12.3', '1.23E+1'), ('5', '-7'), ('-5', '7'), ('1E+2', '100')]
c = Context(traps=[])
for name in ['compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'copy_sign', 'same_quantum', 'next_toward']:
    out = []
    for a, b in pairs:
        try:
            out.append(str(getattr(Decimal(a), name)(Decimal(b), context=c)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, out)
for a, b in [('1.2345', '0.01'), ('1.2355', '0.001'), ('123', '1E+1'), ('123', '1E+3'), ('-0.5', '1'), ('0', '1E-5'), ('1E+3', '1E-3'), ('Inf', 'Inf'), ('1', 'Inf'), ('1.23456789012345678901234567', '1E-5')]:
    try:
        print(a, b, Decimal(a).quantize(Decimal(b)), Decimal(a).quantize(Decimal(b), rounding=ROUND_UP), Decimal(a).same_quantum(Decimal(b)))
    except InvalidOperation as e:
        print(a, b, 'InvalidOperation', e)
for a, n in [('1', 2), ('1.5', -3), ('7E+5', -10), ('Inf', 3), ('1', '1.5'), ('12', 10**6)]:
    print(a, n, c.scaleb(Decimal(a), Decimal(n)))
for a, n in [('12345', 2), ('12345', -2), ('123456789', 5), ('1', 27), ('1', 28), ('123', 0), ('123', 30)]:
    print(a, n, c.shift(Decimal(a), n), c.rotate(Decimal(a), n), Context(prec=9, traps=[]).rotate(Decimal(a), n), Context(prec=9, traps=[]).shift(Decimal(a), n))
print(Decimal('1100').logical_and(Decimal('1010')), Decimal('1100').logical_or(Decimal('1010')), Decimal('1100').logical_xor(Decimal('1010')), Decimal('101').logical_invert(context=Context(prec=5)), c.logical_and(Decimal('12'), 1))
print(Decimal('1.2E+3').to_eng_string(), Decimal('123.45').adjusted(), Decimal('0.000123').adjusted(), Decimal('1.00').normalize(), Decimal('1200').normalize(), Decimal('-0.00').normalize(), Decimal('1E+999999').normalize(context=Context(clamp=1)))
print(Decimal('1.1').radix(), Decimal(3).is_canonical(), Decimal('-0').is_signed(), Decimal(1).compare_total(Decimal('1.0')), Decimal('Inf').is_infinite(), Decimal('sNaN').is_snan())
print(Decimal('1.23').quantize(Decimal('0.1'), context=Context(prec=1, traps=[])), Decimal('1.23').to_integral(ROUND_CEILING), Decimal('1.23').to_integral_value(ROUND_FLOOR))
print(Decimal(5).fma(3, 2), Decimal('1E+5').scaleb(-2), Decimal(10).remainder_near(3), Decimal(10).max(Decimal(11)), Decimal(-3).copy_sign(Decimal(1)))
print(Decimal(2).exp(Context(prec=5)), Decimal(2).ln(context=Context(prec=5)), Decimal(2).sqrt(Context(prec=3)), Decimal(1000).log10())
