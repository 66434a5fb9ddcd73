match x:
    case a.b[0]:
        pass
