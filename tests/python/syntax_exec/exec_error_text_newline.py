# File input gets a final newline from CPython's tokenizer when it lacks one, and a
# SyntaxError's text shows it; eval and single input get none.
for src in ['1 +', 'x =', 'def f(:', 'a b', 'f(**)', 'if x:\n    a b', 'del f()', 'lambda: (yield)']:
    for mode in ('exec', 'single', 'eval'):
        try:
            compile(src, '<t>', mode)
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        else:
            print(repr(src), mode, 'compiled')
