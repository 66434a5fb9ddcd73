import unicodedata as u

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for ch in ["a", "A", "1", "\u00bd", "\u0663", "\u00e9", "\u4e00", "\U0001F600", " ", "\u0301", "(", "\uac00", "\u2460"]:
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), ascii(u.decomposition(ch)), u.name(ch, None), u.decimal(ch, None),
          u.digit(ch, None), u.numeric(ch, None))
t(lambda: u.category("ab"))
t(lambda: u.category(1))
t(lambda: u.name("\x00"))
t(lambda: u.lookup("foo"))
t(lambda: u.lookup("LATIN SMALL LETTER E WITH ACUTE"))
t(lambda: u.decimal("a"))
t(lambda: u.digit("a"))
t(lambda: u.numeric("a"))
t(lambda: u.normalize("X", "a"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    print(form, ascii(u.normalize(form, "e\u0301\ufb01\u2460")), u.is_normalized(form, "abc"))
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category("a"))
