[a, b if c else d] = x
