def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
LISTS = [[], [1], [1, 2, 3], [3, 1, 2, 1], ['b', 'a'], [1, 'a'], [2.5, 1, True], [[1], [0]], [None]]
F = lambda l: (l.remove(1), l)
for l in LISTS:
    print(repr(l), '->', show(F, list(l)))
