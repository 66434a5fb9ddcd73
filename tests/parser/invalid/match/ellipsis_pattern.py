match x:
    case ...:
        pass
