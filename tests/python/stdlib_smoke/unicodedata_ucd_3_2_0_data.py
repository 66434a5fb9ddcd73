# unicodedata.ucd_3_2_0 answers from Unicode 3.2.0's data: characters assigned later are
# unassigned there, and properties changed since differ.
import unicodedata as ud

old = ud.ucd_3_2_0
for c in ["\u0221", "\u20ac", "\u0870", "\U0001f600", "\u2e80", "\u0d7a", "A"]:
    print(ascii(c), old.category(c), ud.category(c), old.name(c, "-"), old.bidirectional(c),
          old.east_asian_width(c), old.mirrored(c), old.decomposition(c))
print(sum(1 for i in range(0x10000) if old.category(chr(i)) == "Cn"),
      sum(1 for i in range(0x10000) if ud.category(chr(i)) == "Cn"))
print(ascii(old.normalize("NFC", "\u1e9b\u0323")), ascii(old.normalize("NFKC", "\u2fd5")))
for name in ["EURO SIGN", "LATIN CAPITAL LETTER GHA", "GRINNING FACE"]:
    try:
        print(name, ascii(old.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
