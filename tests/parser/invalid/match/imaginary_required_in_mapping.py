match x:
    case {1 + 1: y}:
        pass
