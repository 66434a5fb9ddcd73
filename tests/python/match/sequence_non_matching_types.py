for v in ('abc', b'abc', bytearray(b'ab'), [1, 2, 3], (1, 2, 3), range(1, 4), memoryview(b'abc'), iter([1, 2, 3])):
    match v:
        case [a, b, c]:
            print(type(v).__name__, 'matched', a, b, c)
        case _:
            print(type(v).__name__, 'not a sequence pattern match')
