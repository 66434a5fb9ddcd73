for v in (b'ab', bytearray(b' x '), memoryview(b'1.5'), b' 2.5 ', b'\xff', bytearray(b'1_0'), b'1__0', b'inf', b'', bytearray()):
    try:
        print(repr(float(v)))
    except ValueError as e:
        print('ValueError:', e)
