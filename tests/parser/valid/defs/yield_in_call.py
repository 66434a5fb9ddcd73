def g():
    f((yield))
    f((yield x))
