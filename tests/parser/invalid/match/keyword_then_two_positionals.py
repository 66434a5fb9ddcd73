match x:
    case Point(x=0, 1, 2):
        pass
