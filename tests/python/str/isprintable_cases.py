for c in ('a', ' ', '\t', '\n', '\x7f', '\xa0', '\xad', '\u200b', '\u2028', '\ue000', '😀', '\U000e0041', '\u0378', 'é', '\u3000', '\u00ff'):
    print(repr(c), c.isprintable(), c.isspace(), c.isalpha())
