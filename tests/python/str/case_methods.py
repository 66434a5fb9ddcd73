for s in ('hello World', 'ß', 'ǅungla', 'ﬁre', 'İstanbul', 'ΣΑΣ', 'σας', 'ŉ', 'straße', 'ÀÉÎ', '𐐀𐐨', 'a1b2', '', '123', 'ǈ ǉ Ǌ'):
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s.upper()))
