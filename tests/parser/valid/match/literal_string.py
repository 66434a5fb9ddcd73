match x:
    case 'a':
        pass
    case "b" 'c':
        pass
