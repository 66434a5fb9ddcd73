match x:
    case Point(x=0, y=yy):
        pass
