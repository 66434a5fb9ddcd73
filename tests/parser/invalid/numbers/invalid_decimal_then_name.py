x = 123abc + 1
