def g(a, b=, c=3): pass
