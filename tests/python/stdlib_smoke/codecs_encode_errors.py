# Encoders' error handling per codec: replacement text is encoded by the codec itself,
# UTF-16/32 report each character alone and take only ASCII text or whole code units.
import codecs
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1', 'cp1252', 'utf-8-sig']:
    for s in ['[\udc80]', '[\udc80\ud800\udfff]', 'a\u20ac\U0001f600\udcff\udc80\ud800b']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
            try:
                r = s.encode(enc, errors)
            except UnicodeEncodeError as e:
                r = (e.start, e.end, e.reason, e.encoding)
            print(enc, ascii(s), errors, r)
for rep in ['\xe9', 'ok', b'\x01', b'\x01\x02', b'\x01\x02\x03\x04']:
    codecs.register_error('fixed', lambda e, rep=rep: (rep, e.end))
    for enc in ['utf-8', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii']:
        try:
            r = 'a\udc80\udc81b'.encode(enc, 'fixed')
        except UnicodeEncodeError as e:
            r = (e.start, e.end, e.reason)
        print(ascii(rep), enc, r)
