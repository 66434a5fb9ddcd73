for v in (5, True, 3.0, 'x', b'y', [1], (1,), {1: 2}, {1}, frozenset(), bytearray(b'z'), None):
    match v:
        case bool(b):
            r = f'bool {b}'
        case int(i):
            r = f'int {i}'
        case float(f):
            r = f'float {f}'
        case str(s) | bytes(s) | bytearray(s):
            r = f'str-ish {s!r}'
        case list(l) | tuple(l):
            r = f'seq {l}'
        case dict(d):
            r = f'dict {d}'
        case set() | frozenset():
            r = 'set-ish'
        case _:
            r = 'other'
    print(r)
