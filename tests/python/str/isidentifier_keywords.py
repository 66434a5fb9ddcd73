for s in ('abc', '_', '__init__', '1a', 'a-b', 'ñandú', 'π', '℘', '·a', 'a·', 'Ⅻ', '𝔘', '', 'class', 'None', 'a b', '\u2118', 'x\u0301'):
    print(repr(s), s.isidentifier())
