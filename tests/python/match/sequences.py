def m(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b] if a == b:
            return f'pair same {a}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *mid, last]:
            return f'first={first} mid={mid} last={last}'
for v in ([], [1], (2, 2), [3, 4], [1, 2, 3, 4], range(3), 'ab', b'ab', (x for x in []), {1: 2}):
    print(repr(v) if not hasattr(v, '__next__') else 'gen', m(v))
