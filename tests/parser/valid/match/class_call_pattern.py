match x:
    case f():
        pass
