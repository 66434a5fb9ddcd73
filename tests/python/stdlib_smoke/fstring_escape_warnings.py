# f-strings: '\{' is an invalid escape (kept as a backslash, warned about at compile time, the
# brace opens a field); '(**a)' is 'cannot use double starred expression here'.
import warnings
warnings.simplefilter("always")
for src in [r"f'\{6*7}'", r"f'\\{6*7}'", r"f'\\\{6*7}'", r"f'\{{6*7}'", r"f'a\{b}c'", r"f'{**a}'", r"f'{*a}'", r"f'{ **a}'", r"f'{**a!r}'", r"f'\N{LEFT CURLY BRACKET}{6*7}'", r"f'\x7b{6*7}'", r"f'\
{6*7}'"]:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = eval(src, {"a": [1], "b": 2})
        print(src, repr(r), [str(x.message) for x in w])
    except SyntaxError as e:
        print(src, "SyntaxError:", e)

for src in ["(**a)", "x = ( ** a)", "f(**a)", "(**a, b)"]:
    try:
        compile(src, "s", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg, e.offset, e.end_offset)
