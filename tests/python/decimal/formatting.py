# str/repr (scientific notation thresholds, capitals), to_eng_string and __format__ with
# the whole format-spec language.
from decimal import *

for s in ['0', '-0', '0.00', '0E+2', '0E-7', '1', '123', '1.23', '-1.23', '1E+1', '1E+2', '12E+2', '1.23E+5', '1E-5', '1E-6',
          '1E-7', '0.000001', '0.0000001', '123E-10', '-1.50E-9', '1234567E-20', '5E+6', '0.1E-5', '12345678901234567890',
          'Inf', '-Inf', 'NaN', 'sNaN', '-NaN12', '1E+999999', '0.000000', '100E-2']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())
c = getcontext()
c.capitals = 0
print(str(Decimal('1E+10')), repr(Decimal('1.5E-9')), Decimal('1E+10').to_eng_string())
c.capitals = 1
print(Context(capitals=0).to_sci_string(Decimal('1E+10')), Context().to_eng_string(Decimal('1.23E+4')))
for s in ['0E+1', '0E+2', '0E+3', '0E-1', '0E-2', '0E-8', '0E-9', '1E+4', '12E+4', '123E+4', '1.23E-8', '-0E+5']:
    print(s, Decimal(s).to_eng_string())

specs = ['', 'f', '.2f', '.0f', '10.3f', '<10.2f', '^12.1f', '=+12.2f', '+.3e', 'e', '.2e', 'E', '.3g', 'g', 'G', '.1g',
         '%', '.1%', ',', ',.2f', '_.3f', '015.2f', '015,.2f', '#.0f', ' .2f', '-.2f', 'z.2f', 'n', '.3n', '*>12', '0=10',
         '.10g', '.0e', '.0g', '.0%', '020,f']
vals = ['0', '-0', '1', '-1', '1234.5678', '-1234.5678', '0.000123456', '1E+10', '1.5E-10', '123456789', '-0.0004',
        '2.5', '3.5', '0.125', '999.999', 'Inf', '-Inf', 'NaN', '1.00', '100']
for spec in specs:
    out = []
    for v in vals:
        try:
            out.append(format(Decimal(v), spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
print('{:.2f} {:>10} {:,} {:.3e}'.format(Decimal('3.14159'), Decimal('2.5'), Decimal('1234567.891'), Decimal('0.000123')))
print(f"{Decimal('1.005'):.2f} {Decimal('1.015'):.2f} {Decimal('-1.5'):.0f} {Decimal('0.5'):.0f}")
with localcontext(rounding=ROUND_HALF_UP):
    print(f"{Decimal('1.005'):.2f} {Decimal('2.5'):.0f} {Decimal('1.25'):.1e}")
for bad in ['x', '.2d', ',n', '10.2.2f']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
