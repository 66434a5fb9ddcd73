def g(x):
    return x['key']
def h(a, b):
    return a + b
h(1, g({'other': 2}))
