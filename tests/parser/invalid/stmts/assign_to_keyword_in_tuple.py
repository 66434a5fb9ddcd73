a, if = 1, 2
