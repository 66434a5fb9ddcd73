import math
def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
VALS = [0.0, -0.0, 1.0, -2.5, 0.1, 1/3, 1e300, 5e-324, 2.0**53, 123.456, float('inf'), float('-inf'), float('nan')]
for v in VALS:
    print(repr(v), '->', show(lambda v: (v.hex(), float.fromhex(v.hex()) == v), v))
