VALS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1e-7, 123456.789, 1e16, 1e22, 5e-324, 1.7976931348623157e308, float('inf'), float('nan'), 100.0, 0.5, 999.9999]
SPECS = ['%', '.0%', '.2%', '+.1%']
for v in VALS:
    print(repr(v), [format(v, s) for s in SPECS])
for s in SPECS:
    print(repr(s), [('{:' + s + '}').format(v) for v in VALS[:5]])
