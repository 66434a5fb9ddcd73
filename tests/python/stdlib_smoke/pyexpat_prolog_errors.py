# Text outside the root element: expat reads a name first, so the error is at the
# character that cannot end it (invalid token), else at the name (syntax error or junk).
import pyexpat
for d in ['foo', 'foobar<', 'foobar<a', ' foo', 'fo&o', 'foo<a/>', '<a/>foo', '<a/>foo<', '\xe9foo<', 'a b', '<a/>', '<a/>\n\nfoo<', '<a/>&x;', ']]>', 'foo\n', 'f', '<', ' <', '<!--x-->foo<']:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(d, True); print(repr(d), 'ok')
    except Exception as e:
        print(repr(d), e)
    p = pyexpat.ParserCreate()
    try:
        p.Parse(d, False); p.Parse('', True); print(repr(d), 'ok')
    except Exception as e:
        print(repr(d), e)
for parts in (['fo', 'o<'], ['foo', ' '], ['<a/>fo', 'o&']):
    p = pyexpat.ParserCreate()
    try:
        for part in parts:
            p.Parse(part, False)
        p.Parse('', True)
    except Exception as e:
        print(parts, e)
