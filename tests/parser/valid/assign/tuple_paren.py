(a, b) = (b, a)
