f(*args, *more, **kw, **more_kw)
