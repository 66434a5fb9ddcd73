# Warnings for the literals before a syntax error are issued (once each) before it is raised.
import warnings
for src in ["'\\e' $", "$ '\\e'", "'\\e' + '\\q' + (", "x = 1\n'\\e'\ny = (", "'''\n\\z''' $", "f'\\e{1}' $", "0x1for x in y $", "1if 2else 3 $"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            eval(src) if "\n" not in src else exec(src)
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
    print("  ", [(x.category.__name__, str(x.message), x.lineno) for x in w])
