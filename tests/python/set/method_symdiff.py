def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
SETS = [set(), {1}, {1, 2, 3}, {'a', 1}, {0, False}, {(1,), 2}]
F = lambda s: sorted(s ^ {1, 9}, key=repr)
for s in SETS:
    print(sorted(s, key=repr), '->', show(F, set(s)))
