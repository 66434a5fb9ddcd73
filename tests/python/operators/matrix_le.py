VALS = [0, 1, -7, 2**70, -(2**65) + 3, True, 2.5, -0.0, float('inf'), 1+2j, 'ab', b'xy', [1], (2,), None, {3}]
def show(a, b):
    try:
        r = a <= b
        if isinstance(r, (int, float)) and not isinstance(r, bool) and abs(r) > 10**40 if isinstance(r, (int, float)) else False:
            return 'big:%d' % (len(str(r)),)
        return repr(r)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
for a in VALS:
    print(repr(a), '<=', [show(a, b) for b in VALS])
