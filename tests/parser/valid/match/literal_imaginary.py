match x:
    case 3j:
        pass
    case -3j:
        pass
