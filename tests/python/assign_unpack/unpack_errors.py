for val, n in (([1, 2, 3], 2), ([1], 2), ('abcd', 3), (5, 2), ({}, 1), (iter([1, 2, 3]), 2)):
    try:
        if n == 2:
            a, b = val
        elif n == 3:
            a, b, c = val
        else:
            a, = val
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print('ValueError:', e)
