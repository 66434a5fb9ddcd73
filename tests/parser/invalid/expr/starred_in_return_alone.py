def g():
    return *
