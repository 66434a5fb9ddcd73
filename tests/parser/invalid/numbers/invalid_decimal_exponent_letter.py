x = 1e3x
