s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print(repr('\u3000 wide \u3000'.strip()), repr('\x85a\xa0'.strip()), repr('\u200ba'.strip()))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('abc'.center(6, '-')), repr('é'.center(4, 'ü')))
print(repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('ab'.ljust(1)), repr('-42'.zfill(6)), repr('+7'.zfill(4)), repr('abc'.zfill(5)), repr(''.zfill(3)))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('12345\t1\n\tx'.expandtabs(3)), repr('\t'.expandtabs(0)))
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'x'.removeprefix('y'), 'ab'.removesuffix(''))
try:
    'a'.center(5, 'xy')
except TypeError as e:
    print("TypeError:", e)
