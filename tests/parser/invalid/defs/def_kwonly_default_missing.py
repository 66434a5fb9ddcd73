def g(*, a=): pass
