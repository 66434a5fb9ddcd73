match x:
    case C(True=1):
        pass
