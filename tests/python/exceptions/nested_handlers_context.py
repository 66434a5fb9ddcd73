try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise KeyError('deep')
except KeyError as e:
    c = e
    while c is not None:
        print(repr(c))
        c = c.__context__
