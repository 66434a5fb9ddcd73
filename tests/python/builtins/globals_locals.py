g = globals()
g['dynamic'] = 'made via globals()'
print(dynamic)
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
print(globals() is g, '__builtins__' in g, g['__name__'])
