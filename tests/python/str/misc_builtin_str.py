print(len(''), len('😀'), len('e\u0301'), len('\r\n'), 'abc'[-1:], 'abc'[:-1])
print(min('bca'), max('bca'), sorted('bca', reverse=True), list(enumerate('ab', 1)))
print('a b'.split(' ', maxsplit=0), 'a  b'.split(' '), 'abc'.rsplit('b', maxsplit=-1))
print(str.capitalize('éCOLE'), 'ÉCOLE'.lower(), 'École'.casefold(), 'école'.title())
print('Hello {name}, you are {age}'.format_map({'name': 'Bob', 'age': 30}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(Default(a=1)))
