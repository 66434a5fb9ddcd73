def g(a, b=2, /*, c): pass
