match x:
    case [a, b] if a > b:
        pass
