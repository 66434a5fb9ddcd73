f(a, b, c)
