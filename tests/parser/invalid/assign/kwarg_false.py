f(a, False=2)
