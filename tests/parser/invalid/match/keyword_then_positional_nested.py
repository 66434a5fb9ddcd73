match x:
    case P(a=1, b=[c], d):
        pass
