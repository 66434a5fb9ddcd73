for s, sub in (('aaaa', 'aa'), ('abababa', 'aba'), ('', ''), ('abc', ''), ('😀😀😀', '😀😀'), ('mississippi', 'ss'), ('mississippi', 'i')):
    print(repr(s), repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.replace(sub, '_') if sub else 'n/a')
print('abcabc'.count('abc', 1), 'abcabc'.count('abc', -3), 'abc'.count('c', 5), 'abc'.find('', 3), 'abc'.find('', 4))
