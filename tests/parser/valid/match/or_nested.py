match x:
    case [1 | 2, (3 | 4) as y]:
        pass
