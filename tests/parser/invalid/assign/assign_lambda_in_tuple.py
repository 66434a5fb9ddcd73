a, lambda: 0 = 1, 2
