def f(*args, **kwargs):
    pass
