def m(x):
    match x:
        case (1 | 2) as small:
            return f'small {small}'
        case [(1 | 2) as a, *_] as whole:
            return f'list starting {a}, whole {whole}'
        case {'k': [_, *_] as v}:
            return f'nonempty list under k: {v}'
        case str(s) if len(s) > 3:
            return 'long str'
        case _ as anything:
            return f'anything {anything!r}'
for v in (1, 2, [2, 9], {'k': [0]}, {'k': []}, 'abcd', 'ab'):
    print(m(v))
