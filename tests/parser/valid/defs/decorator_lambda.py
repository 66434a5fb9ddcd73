@lambda f: f
def g():
    pass
