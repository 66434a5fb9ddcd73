# Construction from every accepted type and conversion back out.
from decimal import *

for v in ['1', ' 1.5 ', '\t-2\n', '1_000', '1_0.0_1', '+5', '-.5', '5.', '1e5', '1E-5', '1e+05', '١٢٣', '１２', 'inf',
          'INFINITY', '-nan', 'sNaN42', 'NaN0042', '0.0', '-0.000', '00012', '1e1000000', 'abc', '', '1e', '.', '1.2.3',
          '1 2', '--1', 'nan1x', '1_', '_1', '0x10', 'Infinit']:
    try:
        print(repr(v), repr(Decimal(v)))
    except InvalidOperation as e:
        print(repr(v), 'InvalidOperation', e)
for v in [0, 1, -1, 10**30, -10**50, True, False, 0.1, -0.0, 1e300, 5e-324, 0.5, float('inf'), float('-inf'), float('nan'), 2.0**70]:
    print(repr(v), repr(Decimal(v)))
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (0,), 5)), Decimal([0, [4, 5], 3]), Decimal((0, (), 0)), Decimal((1, (1,), 'F')), Decimal((0, (7,), 'n')))
for bad in [(2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,)), [1], 1j, object(), (0, 'ab', 0)]:
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Decimal.from_float(0.1), Decimal.from_float(-2.5), Decimal.from_float(5), repr(Decimal.from_float(float('nan'))))
print(Decimal(Decimal('1.50')), Decimal(value='3'), Decimal('7', Context(prec=1)))
for s in ['1.5', '-2.75', '0', '1E+30', '1E-30', '123456789.123456789', '0.1', '1E+400', '1E-400', 'Inf', '-Inf', 'NaN', '-0']:
    d = Decimal(s)
    print(s, float(d), d.as_tuple(), d.as_integer_ratio() if d.is_finite() else None, complex(d), d.real, d.imag, d.conjugate(), d.adjusted())
for s in ['123.456', '-0.001', '1E+5', '5', '-123456789012345678901234567890.12']:
    d = Decimal(s)
    print(int(d), d.__trunc__(), d.__floor__(), d.__ceil__(), bool(d), bool(Decimal(0)), bool(Decimal('NaN')))
for s in ['NaN', 'Inf', '-Inf', 'sNaN']:
    for f in (int, float, round, lambda d: d.as_integer_ratio()):
        try:
            print(s, f(Decimal(s)))
        except (ValueError, OverflowError) as e:
            print(s, type(e).__name__, e)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, isinstance(m, Decimal), type(MyDec.from_float(0.5)).__name__, MyDec.from_float(0.5))
import copy, pickle
print(copy.copy(Decimal('1.1')), copy.deepcopy(Decimal('-2')), pickle.loads(pickle.dumps(Decimal('3.14E-5'))), Decimal('1.5').__reduce__())
