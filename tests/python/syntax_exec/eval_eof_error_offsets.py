# eval and single input get no implicit final newline: an error at the end of such input
# stands at column -1 (offset 0). File input gets the newline and a real column.
cases = [('1 +', 'eval'), ('1 +\n', 'eval'), ('1 +', 'exec'), ('1 +\n', 'exec'),
         ('1 +', 'single'), ('1 +\n', 'single'), ('x = (1,', 'eval'), ('1 + \n\n', 'eval'),
         ('  1 +', 'eval'), ('1 2', 'eval'), ('1 +  ', 'eval'), ('a.', 'eval'), ('a[', 'eval'),
         ('lambda:', 'eval'), ('1 if 2', 'eval'), ('1 if 2 else', 'eval'), ('not', 'eval'),
         ('x =', 'exec'), ('x = 1 +', 'exec'), ('1 + # c', 'eval'), ('1 +\\\n', 'eval'),
         ('x = 1 +', 'single'), ('1 +\n2 +', 'eval')]
for src, mode in cases:
    try:
        compile(src, '<s>', mode)
    except SyntaxError as e:
        text = repr(e.text) if mode != 'exec' else ''
        print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, text)
    else:
        print(repr(src), mode, 'compiled')
