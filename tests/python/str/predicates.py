samples = ['abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', 'Ⅻ', ' \t\n', '', 'ǅ', 'Hello World', 'hello world', 'a b', '_x1', '1x', 'é', 'x\u0301', '\x00', '𝔘𝔫𝔦', '😀', 'ǅa', 'def']
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
