for spec in ('d', 'x', 'c', ',,', '.f', '..2f', '10.2.3f', 'b'):
    try:
        print(repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    '{:d}'.format(1.0)
except ValueError as e:
    print("ValueError:", e)
print('{:s}'.format('x'), '{:}'.format(1.5))
try:
    '{:s}'.format(1.5)
except ValueError as e:
    print("ValueError:", e)
