# The built-in error handlers as Python callables (codecs.lookup_error): what each does
# with encode, decode and translate errors, and what it refuses.
import codecs
ue = UnicodeEncodeError('ascii', 'a\xe9\udc80\U0001f600b\udcff', 1, 5, 'r')
ud = UnicodeDecodeError('utf-8', b'a\xff\x80\x01\xfe\xfd\xfc\xfb', 1, 8, 'r')
ut = UnicodeTranslateError('a\xe9\udc80\U0001f600', 1, 4, 'r')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h.__name__, h)
    for arg in [ue, ud, ut, ValueError('v'), 'x', None]:
        try:
            r = h(arg)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(' ', type(arg).__name__, ascii(r))
    for a in [(), (ue, ue)]:
        try: h(*a)
        except TypeError as e: print(' ', e)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'UTF8', 'utf_16be', 'latin-1']:
    for obj in ['a\udc80\ud800b', 'a\xe9b']:
        e = UnicodeEncodeError(enc, obj, 1, 3, 'r')
        try: print(enc, ascii(codecs.lookup_error('surrogatepass')(e)))
        except Exception as x: print(enc, type(x).__name__, x)
    d = UnicodeDecodeError(enc, b'a\xed\xa0\x80\x00\xd8\x00\x00', 1, 3, 'r')
    try: print(enc, ascii(codecs.lookup_error('surrogatepass')(d)))
    except Exception as x: print(enc, type(x).__name__, x)
print(ascii(b"a\xff\xfe\xfd\xfc\xfb-\x80".decode("utf-8", "surrogateescape")))
print(ascii(b"\xe9t\xe9".decode("ascii", "surrogateescape")))
