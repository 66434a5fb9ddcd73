def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
VALS = [0j, 1j, -1j, 1+2j, -3.5-0.5j, complex(1e300, 1e300), complex(float('inf'), 0), complex(0, float('nan')), complex(-0.0, -0.0), 2+0j]
for v in VALS:
    print(repr(v), '->', show(lambda v: (v.real, v.imag, v == v, hash(v) if v == v else 'nan-hash-is-id-based', bool(v)), v))
