# An invalid escape's DeprecationWarning made an error becomes a SyntaxError at the literal.
import warnings

for src in ["x = b'\\q'", "'\\407'", "f'{1}\\w'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", category=DeprecationWarning)
        eval(src) if "=" not in src else exec(src)
    print([(str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", category=DeprecationWarning)
        try:
            eval(src) if "=" not in src else exec(src)
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset, e.end_offset, repr(e.text))
    print(w)
