s = 'héllo €😀'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii'):
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print(b'\xff\xfeabc'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
try:
    b'\xc3\x28'.decode('utf-8')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    'x'.encode('nope')
except LookupError as e:
    print("LookupError:", e)
print(str(b'ab', 'ascii'), str(b'ab'), str(bytearray(b'\xc3\xa9'), 'utf-8'), 'é'.encode())
