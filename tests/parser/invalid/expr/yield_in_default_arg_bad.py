def g(a=yield):
    pass
