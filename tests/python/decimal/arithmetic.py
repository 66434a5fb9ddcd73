# + - * / // % divmod with context precision, signs, zeros and exponents.
from decimal import *

vals = ['0', '-0', '1', '-1', '2', '3', '-7', '0.1', '0.3', '1.10', '2.50', '-2.5', '1E+3', '1.23E-5',
        '12345678901234567890123456789', '9.999999999999999999999999999', '0E+3', '0.000', '7E-10', '-123.456']
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b))]
for name, f in ops:
    lines = []
    for x in vals:
        row = []
        for y in vals:
            try:
                r = f(Decimal(x), Decimal(y))
                row.append(str(r) if not isinstance(r, tuple) else '(%s, %s)' % r)
            except Exception as e:
                row.append(type(e).__name__)
        lines.append(' '.join(row))
    print(name)
    print('\n'.join(lines))

# mixed with int
print(Decimal('1.5') + 1, 2 * Decimal('0.25'), 7 - Decimal(3), 10 / Decimal(4), 7 // Decimal(2), 7 % Decimal('2.5'), divmod(7, Decimal(2)))
print(-Decimal('0'), +Decimal('-0'), abs(Decimal('-0')), -Decimal('1.20'), +Decimal('1.2345678901234567890123456789'), abs(Decimal('-5.0')))
for p in [1, 2, 5, 9, 28, 50]:
    c = Context(prec=p)
    print(p, c.divide(1, 7), c.divide(2, 3), c.multiply(Decimal('1.1'), Decimal('1.1')), c.add(Decimal('1E+20'), 1), c.subtract(1, Decimal('1E-30')))
print(Decimal('1E+100') + Decimal('1E-100'), Decimal('1E+100') - Decimal('1E-100'), Decimal('1') - Decimal('1E-40'))
c = Context(rounding=ROUND_FLOOR)
print(c.add(Decimal('1'), Decimal('-1')), c.subtract(Decimal('0'), Decimal('0')), c.add(Decimal('-0'), Decimal('0')), c.minus(Decimal('0')), c.plus(Decimal('-0')))
print(Decimal('-1') + Decimal('1'), Decimal('-0') + Decimal('-0'), Decimal('-0') - Decimal('0'))
print(Decimal(10) / Decimal('0.1'), Decimal('1.00') / Decimal('1'), Decimal('100') / Decimal('1E+2'), Decimal('6.0') / Decimal('2'), Decimal('1') / Decimal('8'), Decimal('1.2E+3') / Decimal('4E-2'))
print(Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), Decimal('7') % Decimal('-2'), Decimal('-7.5') % Decimal('2'), Decimal('10') % Decimal('0.3'))
c = getcontext()
print(c.remainder_near(Decimal(10), Decimal(6)), c.remainder_near(Decimal(10), Decimal(4)), c.remainder_near(Decimal(-10), Decimal(3)), c.remainder_near(Decimal('10.2'), Decimal(1)), c.remainder_near(Decimal(3), Decimal(11)), c.remainder_near(Decimal('-3.5'), Decimal(1)))
print(c.fma(2, 3, 4), Decimal('1.5').fma(2, Decimal('-3')), c.fma(Decimal('1E+30'), Decimal('1E+30'), -1), Decimal('0.1').fma(Decimal('0.1'), Decimal('-0.01')))
print(sum(Decimal('0.1') for _ in range(10)), sum([Decimal(1) / 3] * 3))
