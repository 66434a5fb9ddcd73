match x:
    case 1.5:
        pass
