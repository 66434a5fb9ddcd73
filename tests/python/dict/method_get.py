def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
DICTS = [{}, {'a': 1}, {'a': 1, 'b': 2}, {'b': None, 'a': [1]}, {1: 'x', 'a': 2.5, (1, 2): 'tuple'}, {True: 't', 'a': False}]
F = lambda d: (d.get('a'), d.get('z', 0))
for d in DICTS:
    print(repr(d), '->', show(F, dict(d)))
