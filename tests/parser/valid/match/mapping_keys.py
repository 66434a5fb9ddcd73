match x:
    case {1: a, -2: b, None: c, K.V: d, b'x': e}:
        pass
