match x:
    case [a, *mid, b]:
        pass
