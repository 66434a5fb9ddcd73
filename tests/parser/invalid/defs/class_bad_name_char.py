class A-B:
    pass
