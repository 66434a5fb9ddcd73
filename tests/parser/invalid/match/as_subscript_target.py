match x:
    case a as b[0]:
        pass
