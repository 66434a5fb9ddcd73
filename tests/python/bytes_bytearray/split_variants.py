print(b'a b  c'.split(), b'a b  c'.split(b' '), b'a,b,c'.rsplit(b',', 1), b'\x1ca b'.split(), b'a\x85b'.split())
print(b'  x  '.lstrip(), b'  x  '.rstrip(), b'xxaxx'.strip(b'x'), bytearray(b' y ').strip())
print(b'abc'.ljust(5, b'-'), b'abc'.rjust(5), b'abc'[1:2], type(bytearray(b'ab')[0:1]).__name__)
