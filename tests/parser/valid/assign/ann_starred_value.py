t: tuple = 1, *rest
