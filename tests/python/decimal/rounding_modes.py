# Every rounding mode at and around each rounding boundary, through quantize, context
# precision and to_integral.
from decimal import *

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
VALUES = ['0.5', '1.5', '2.5', '-0.5', '-1.5', '-2.5', '0.49999', '0.50001', '1.4', '1.6', '-1.4', '-1.6',
          '0', '-0', '5.5', '6.5', '0.05', '0.15', '-0.25', '1.0', '4.5000000000000001', '10.5', '0.95', '-9.5']
for m in MODES:
    row = []
    for v in VALUES:
        row.append(str(Decimal(v).quantize(Decimal('1'), rounding=m)))
    print(m, ' '.join(row))

for m in MODES:
    c = Context(prec=3, rounding=m)
    out = []
    for v in ['1.234', '1.235', '1.2350', '1.2351', '1.245', '-1.245', '9.995', '-9.995', '99950', '0.0012345', '1.205', '1.215', '1.225', '1.255', '123456', '-123456', '1.001', '1.0001']:
        out.append(str(c.plus(Decimal(v))))
    print(m, out)

for m in MODES:
    out = []
    for v in ['2.5', '3.5', '-2.5', '-3.5', '2.51', '2.49', '-0.1', '0.1', '1E+2', '12.000']:
        d = Decimal(v)
        out.append((str(d.to_integral_value(rounding=m)), str(d.to_integral_exact(rounding=m))))
    print(m, out)

# 05UP rounds away from zero only when the kept last digit is 0 or 5
c = Context(prec=2, rounding=ROUND_05UP)
print([str(c.plus(Decimal(v))) for v in ['1.01', '1.51', '1.41', '1.00', '5.01', '-5.01', '9.91']])

# round() uses ROUND_HALF_EVEN to int, and the context rounding with ndigits
print([round(Decimal(v)) for v in ['0.5', '1.5', '2.5', '-0.5', '-1.5', '2.6', '-2.6']])
print([str(round(Decimal(v), 1)) for v in ['0.25', '0.35', '-0.25', '1.05', '2.449']])
print([str(round(Decimal('1234.5678'), n)) for n in range(-3, 5)])
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    print([str(round(Decimal(v), 1)) for v in ['0.25', '0.35', '-0.25', '1.05', '2.449']])
    print(round(Decimal('2.5')), round(Decimal('3.5')))
import math
print([math.floor(Decimal(v)) for v in ['1.5', '-1.5', '2', '-0.1']], [math.ceil(Decimal(v)) for v in ['1.5', '-1.5', '2', '-0.1']])
print([math.trunc(Decimal(v)) for v in ['1.9', '-1.9']], [int(Decimal(v)) for v in ['1e3', '-7.9', '0.999', '123456789012345678901234567890.5']])
