# unicodedata: properties across planes (names, categories, bidi, east asian width,
# decomposition, numeric values, mirrored, combining), normalization forms and is_normalized,
# lookup aliases and named sequences, and the errors.
import unicodedata as ud

chars = ["A", "z", "0", "٣", "½", "Ⅻ", "ß", "İ", "é", "\u0301", "\u200d", "\t", " ", "\xa0",
         "€", "中", "가", "ｱ", "😀", "\U0001d400", "\U000e0001", "\ud800", "\uffff", "\U0010ffff",
         "(", "«", "\u0600", "\u05d0", "\u2028", "\u3000", "\u00ad", "\ufeff", "\U0001f1e6"]
for c in chars:
    print(ascii(c), ud.name(c, "-"), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c),
          ud.combining(c), ud.mirrored(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "HANGUL SYLLABLE GAG",
          "CJK UNIFIED IDEOGRAPH-4E2D", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK",
          "LATIN SMALL LETTER R WITH TILDE", "KEYCAP NUMBER SIGN", "NO-BREAK SPACE", "TANGUT IDEOGRAPH-17000"]:
    try:
        print(n, ascii(ud.lookup(n)))
    except KeyError as e:
        print("KeyError", e)
print(ascii("\N{LATIN CAPITAL LETTER GHA}"), ascii("\N{EM DASH}"))
for bad in [lambda: ud.name("\ud800"), lambda: ud.lookup("NOT A CHARACTER NAME"), lambda: ud.decimal("x"),
            lambda: ud.numeric("a"), lambda: ud.digit("½"), lambda: ud.category("ab"), lambda: ud.name(""),
            lambda: ud.normalize("NFX", "a"), lambda: ud.lookup("x" * 300), lambda: ud.category(65),
            lambda: ud.lookup(b"EM DASH"), lambda: ud.lookup(b"\xff"), lambda: ud.lookup(bytearray(b"x")),
            lambda: ud.lookup(1), lambda: ud.category(None), lambda: ud.lookup("é" * 129)]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

samples = ["é", "e\u0301", "Å", "A\u030a", "\u212b", "ﬁ", "①", "ｶﾞ", "가", "\u1100\u1161\u11a8",
           "ṩ", "s\u0323\u0307", "q\u0307\u0323", "\u0958", "Ω", "\u2126", "x\u0334\u0301\u0327",
           "ǅ", "⁵", "\U0001d400", "\uac00\u11a8", "ẛ̣"]
for s in samples:
    row = [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    norm = [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), " ".join(row), norm)
long = "".join(samples) * 20
print(len(ud.normalize("NFD", long)), ud.normalize("NFC", ud.normalize("NFD", long)) == ud.normalize("NFC", long))
print(ud.unidata_version, ud.ucd_3_2_0.unidata_version)
print(sum(1 for i in range(0x10000) if ud.category(chr(i)) == "Lu"),
      sum(1 for i in range(0x3000) if ud.east_asian_width(chr(i)) == "W"),
      sum(1 for i in range(0x2000) if ud.combining(chr(i))))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".swapcase(), "Σς".lower(), "ΑΣ".lower())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "\u0301".isalpha())
# characters unassigned in Unicode 14.0.0 (assigned later, some with decompositions there)
# are inert under 14.0.0's normalization, also next to marks that reorder or compose
for s in ["\U000105c9", "a\U00011383\u0301", "e\u0301\U00016121\u0323\u0307", "\U000105d2\u0307",
          "\u1100\U00016126\u1161", "x\U0001e4d0\u0300"]:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD")], ud.category(s[1] if len(s) > 1 else s))
