match command:
    case x if x > 1
        pass
