match x:
    case y if (z := y):
        pass
