print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), '  a  b  '.split(), '  a  b  '.split(' '))
print(''.split(), ''.split(','), 'abc'.split('abc'), 'a\tb\nc\x1cd\u2003e'.split(), '1<>2<>3'.split('<>'))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), '  x  '.rsplit(), 'x'.rsplit('x'))
print('line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\u2028l8\x85l9'.splitlines())
print('a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'abc'.splitlines(keepends=True))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '😀'.join(['a', 'b']))
try:
    ','.join(['a', 1])
except TypeError as e:
    print("TypeError:", e)
try:
    'a'.split('')
except ValueError as e:
    print("ValueError:", e)
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'), 'abc'.partition('x'), 'abc'.rpartition('x'))
