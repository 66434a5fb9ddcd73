match x:
    case []:
        pass
    case ():
        pass
