for v in (0.5, 0.12345, 1.0, -0.005, 2.0/3):
    print(f"{v:%}|{v:.1%}|{v:.0%}|{v:10.2%}")
for v in (1234567.891, -9876543.21, 0.1):
    print(f"{v:,}|{v:,.2f}|{v:_.3f}|{v:015,.2f}|{v:^20,.1f}|{v:*>15.2f}")
print(format(1.0, ''), format(1e16, ''), format(1.5, '.3'), format(1e-7, '.3'), format(123.0, '.2'))
print(format(3.0, 'z.1f') if hasattr(float, 'x') else 'na', format(-0.0, '.1f'), format(-0.00001, '.2f'))
print(format(1.25, '.1f'), format(1.35, '.1f'), format(0.125, '.2f'), format(0.375, '.2f'))
