match x:
    case Point():
        pass
