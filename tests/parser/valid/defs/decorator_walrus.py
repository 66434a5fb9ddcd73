@(x := dec)
def f():
    pass
