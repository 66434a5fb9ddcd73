match x:
    case mod.Point(1, 2, z=3,):
        pass
