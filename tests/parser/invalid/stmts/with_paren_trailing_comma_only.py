with (,):
    pass
