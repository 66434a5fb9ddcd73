for f in (lambda: 'a'.find(1), lambda: 'a'.startswith(['a']), lambda: 'a'.replace('a'), lambda: 'a'.split(1), lambda: 'abc'.count(), lambda: 'x'.zfill('3'), lambda: 'x'.encode(1), lambda: 'a'.join('b', 'c'), lambda: str.upper(1), lambda: 'a'.ljust(-5)):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
