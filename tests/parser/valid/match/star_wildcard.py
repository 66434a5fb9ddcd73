match x:
    case [first, *_]:
        pass
