v = 3.14159
for spec in ('10', '<10', '>10', '^10', '=10', '010', '+010', '-^12.2f', '#>12.4e', '_^14.3g', '0=+12.2f', '.0e', '.0g', '#.0e', '#.3g', '.15g', '.17g', '.20f'):
    print(repr(spec), repr(format(v, spec)), repr(format(-v, spec)))
