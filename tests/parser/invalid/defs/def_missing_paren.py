def g:
    pass
