def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_code.co_name)
list(g)
print(g.gi_yieldfrom)
