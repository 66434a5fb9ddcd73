def f():
    '''Doc.'''
    return
