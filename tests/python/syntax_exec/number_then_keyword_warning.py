import warnings
for s in ['1if x else y', '[0x1for x in ()]', 'x = 0o7and 1', '[0b1or 2]', '1not in x', '0xfis x']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(s, '<s>', 'exec')
        except SyntaxError as e:
            print('error', e.msg)
    print(repr(s), [(x.category.__name__, str(x.message), x.lineno) for x in w])
warnings.simplefilter('error')
for s in ['1if x else y', '0x1for x in y', 'x = 0o7and 1', '[0b1or 2]', 'x = 1.5else 2', '1abc', '0x1g']:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_offset)
