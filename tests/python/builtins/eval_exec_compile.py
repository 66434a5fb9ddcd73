print(eval('1 + 2'), eval('x * y', {'x': 3, 'y': 4}), eval('[a for a in range(3)]', {}))
g = {}
exec('def sq(n): return n * n', g)
print(g['sq'](7), sorted(k for k in g if k != '__builtins__'))
c = compile('a + 1', 'file.py', 'eval')
print(eval(c, {'a': 1}), c.co_filename)
print(eval('__name__'), eval('__name__', {}) if False else 'x')
try:
    eval('import os')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
print(exec('1'), eval('None'))
