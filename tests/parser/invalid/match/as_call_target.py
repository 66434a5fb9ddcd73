match x:
    case [a] as f():
        pass
