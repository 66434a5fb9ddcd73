b = b'  Hello, World!  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.strip().split(), b.replace(b'l', b'L', 2), b.count(b'l'))
print(b.find(b'World'), b.rfind(b'l'), b.index(b'H'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b'abc'.center(9, b'*'), b'7'.zfill(3), b'a,b'.partition(b','), b'-'.join([b'a', bytearray(b'b')]))
print(b'hello world'.title(), b'Hi'.swapcase(), b'abc'.isalpha(), b'12'.isdigit(), b' '.isspace(), b'\xe9'.isalpha())
print(b'a\tb'.expandtabs(4), b'x\ny\r\nz'.splitlines(), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.translate(None, b'b'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'hello'.capitalize(), b'AbC'.isupper(), b'ab'.isascii())
print(b'%d-%s-%r-%x-%c-%b' % (5, b'x', b'y', 255, 65, b'z'), b'%5.2f' % 3.14159)
