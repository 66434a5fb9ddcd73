@@dec
def f(): pass
