h = lambda a, *, **k: a
