match x:
    case Point(0, y):
        pass
