def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
VALS = [0, -5, 2**70, True, 2.5, -0.0, float('nan'), 3-4j, '', 'héllo', '😀', b'ab', [], [3, 1, 2], (), (1, 'a'), {}, {'k': 1}, set(), {2, 1}, None, range(3), ...]
F = lambda v: divmod(v, 7)
for v in VALS:
    print(repr(v), '->', show(F, v))
