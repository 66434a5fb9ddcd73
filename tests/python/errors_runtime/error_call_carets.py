def f(x):
    return x
items = {'k': f}
items['k'](1)
items['z'](1)
