match (y := x):
    case _:
        pass
