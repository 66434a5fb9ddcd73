match x:
    case {}:
        pass
