match x:
    case C(a=[1, 2], b={'k': _}, c=1 | 2):
        pass
