for a, b in ((1, 'a'), ([], ()), ({}, {}), (None, 0), (1j, 2j), (object(), object())):
    for op in ('<', '<=', '>', '>='):
        try:
            eval(f'a {op} b')
        except TypeError as e:
            print(op, 'TypeError:', str(e).replace('object at', '').split(' 0x')[0])
