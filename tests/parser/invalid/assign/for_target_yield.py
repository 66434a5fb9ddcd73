def g():
    for (yield) in x:
        pass
