ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['b'], '__builtins__' in ns)
g, l = {'x': 10}, {}
exec('y = x * 2', g, l)
print(l, 'y' in g)
def f():
    exec('z = 5')
    return locals().get('z')
print(f())
print(eval('x + 1', {'x': 41}), eval('len(s)', {}, {'s': 'abc'}))
