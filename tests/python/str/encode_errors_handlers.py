s = 'aé😀\u20ac'
for h in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'):
    try:
        print(h, s.encode('ascii', h), s.encode('latin-1', h))
    except UnicodeEncodeError as e:
        print(h, "UnicodeEncodeError:", e)
print(s.encode('utf-16-be'), s.encode('utf-8').hex(), s.encode('utf-8').hex(':'))
print(b'\xe2\x82'.decode('utf-8', 'replace'), b'\xed\xa0\x80'.decode('utf-8', 'replace'), b'\xf0\x9f\x98'.decode('utf-8', 'backslashreplace'))
print('a\udcff'.encode('utf-8', 'surrogateescape'), b'a\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
