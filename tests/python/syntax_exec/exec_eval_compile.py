code = compile('x * 2', '<expr>', 'eval')
print(eval(code, {'x': 21}), code.co_filename, code.co_name)
ns = {}
exec(compile('def f(): return 7\nr = f()', '<mod>', 'exec'), ns)
print(ns['r'])
single = compile('1 + 1', '<s>', 'single')
exec(single)
print(eval('[i for i in range(3)]'), eval('(lambda: 5)()'))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset)
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
