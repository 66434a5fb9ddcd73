match cmd.split():
    case ["go", direction]:
        go(direction)
    case ["drop", *objects]:
        drop(objects)
    case ["quit"] | ["exit"]:
        quit()
    case _:
        unknown()
