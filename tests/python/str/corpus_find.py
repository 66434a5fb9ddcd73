CORPUS = ['', 'hello', 'Hello World', '  padded\t', 'ÀÉÎõü', 'straße', 'ΑΒΓ αβγ ς', 'Привет мир', '日本語テキスト', '😀 smile 😀', 'a\u0301e\u0301', 'ǅǈǋ', 'İıŉ', 'ﬁﬂ', 'x𝔘y', '١٢٣ 456', 'MiXeD cAsE 123', 'tab\tsep\tvals', 'line1\nline2', 'a,b,,c']
for s in CORPUS:
    print(repr(s), '->', repr((s.find('l'), s.rfind('l'), s.find('😀'), s.find(' '), s.count('a'))))
