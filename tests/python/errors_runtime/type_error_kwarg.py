def f(a, *, key):
    return a
f(1, ky=2)
