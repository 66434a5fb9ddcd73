def m(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case True:
            return 'true'
        case None:
            return 'none'
        case 2j:
            return 'complex'
        case -3 + 4j:
            return 'complex lit'
        case _:
            return 'other'
for v in (0, 2, -1, 1.5, 'hello', b'raw', True, None, 2j, -3 + 4j, False, 1.0, 'x'):
    print(repr(v), m(v))
