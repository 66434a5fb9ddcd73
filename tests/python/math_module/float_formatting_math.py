import math
for f in ('sqrt', 'log', 'exp', 'sin'):
    fn = getattr(math, f)
    print(f, [round(fn(x), 10) for x in (0.25, 0.5, 1.0, 1.5)])
print(f'{math.pi:.20f}', f'{math.e:.15e}', f'{math.sqrt(2):g}', repr(math.sqrt(2)))
