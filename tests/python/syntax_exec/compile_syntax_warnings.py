# The compiler's SyntaxWarnings (CPython 3.11's compiler_warn): filename, line and message,
# and a SyntaxError in their place when a filter turns them into errors.
import warnings
SOURCES = [
    'None[1:2]', '...[0]', '5[0]', '2.5[x]', '(3j)[0]', 'True[0]', '{1, 2}[0]', '{x for x in y}[0]',
    '(x for x in y)[0]', '(lambda: 1)[0]', '"abc"[0]', '"abc"[x]', '"abc"["k"]', '[1, 2][1.5]',
    '(1, 2)["a"]', '(x, 2)[None]', '[x for x in y][()]', 'f"{x}"[1.0]', 'b"ab"[b"a"]', 'x[1.5]',
    '[1][True]', '[1][-1]', '(1, 2)(3)', '(x, y)()', '[1]()', '{}()', '{1}()', '"s"()', 'f"{x}"()',
    '1()', '-1()', 'None()', '(x for x in y)()', '[x for x in y]()', 'x()', '(lambda: 1)()',
    'x is 1', 'x is not "a"', '1 is x', 'x is None', 'None is x', 'x is ()', 'x is ...',
    'x is True', 'a < b is 2', '1 is 1 is 1', 'x == 1', 'x is -1', 'x is (1, 2)',
    'assert (x, "msg")', 'assert ()', 'assert (x)', 'if x is 2: pass',
    'y = x if x is 0 else 1', 'def f():\n    return None[0]', 'class C:\n    z = 1(2)',
    'x = [\n  1\n  2\n]', 'x = [(1, 2)\n     (3, 4)]', 'x[1:2]', 'x = 1\ny = "a"[1.0]',
]
for src in SOURCES:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<w>', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg)
            continue
    print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
for src in ['None[0]', 'x is 1', '(1, 2)(3)', 'assert (x, 1)', 'x = 1\nif x:\n    y = 2[0]']:
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<e>', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError:', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# A while loop's test is compiled twice by CPython 3.11, so its warnings come twice.
for src in ['while 3 is x: pass', 'while x[1.0] or f(lambda: 1 is x):\n    y = (1)(2)\nelse:\n    z = None[0]',
            'while True: pass', 'if 1 is x: pass\nwhile (1, 2)(x): pass']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<w>', 'exec')
    print(repr(src), [(str(x.message), x.lineno) for x in w])
