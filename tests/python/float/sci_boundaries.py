for e in range(-8, 20, 1):
    v = 1.5 * 10.0 ** e
    print(e, repr(v), str(v), format(v, 'g'), format(v, '.3'))
