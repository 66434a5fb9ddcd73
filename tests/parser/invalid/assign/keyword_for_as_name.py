for = 2
