@a
@b.c
@d(1, x=2)
def f():
    pass
