match x:
    case [a, b] as whole:
        pass
