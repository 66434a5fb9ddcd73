a - b
