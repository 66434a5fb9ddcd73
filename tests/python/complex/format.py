z = 1.5 - 2.25j
for spec in ('', '.2f', '10.1f', '<20', '^20.3e', '+.1f', 'g', '.3g', 'e', '>25'):
    print(repr(spec), repr(format(z, spec)))
print(f"{3j}", f"{1e20+1e-20j}", f"{complex(float('inf'), float('nan'))}")
print(repr(1e-300j), repr(complex(1e300, -1e300)))
try:
    format(1j, '=10')
except ValueError as e:
    print("ValueError:", e)
try:
    format(1j, '010')
except ValueError as e:
    print("ValueError:", e)
