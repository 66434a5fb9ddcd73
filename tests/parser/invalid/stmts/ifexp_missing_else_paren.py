x = (a if b)
