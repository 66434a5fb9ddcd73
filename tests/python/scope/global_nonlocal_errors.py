for src in ('def f():\n    x = 1\n    global x', 'nonlocal x', 'def f():\n    nonlocal y', 'def f(a):\n    global a', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x'):
    try:
        compile(src, '<test>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
