# charmap_decode / charmap_encode with str tables, dicts and EncodingMaps: what a mapping
# may return, range checks, and every error handler (replacements go through the map).
import codecs

class Missing(dict):
    def __missing__(self, key):
        return "?" if key < 5 else None

tables = ["abc", "ab", "ab\ufffe", "\U0010ffffbc", "", {0: "A", 1: "Bb", 2: ""},
          {0: 97, 1: 0x10FFFF, 2: None}, {0: 97, 1: 98, 2: 0xFFFE}, {0: "a", 2: "\ufffe"},
          {0: 0x110000}, {0: -1}, {0: b"x"}, {0: 1.5}, Missing(), None, 5, [None, "q", 99]]
for table in tables:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape",
                   "surrogatepass", "namereplace"):
        try:
            r = codecs.charmap_decode(b"\x00\x01\x02\x80", errors, table)
        except (UnicodeDecodeError, TypeError, LookupError) as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(ascii(table), errors, ascii(r))

def record(exc):
    print("  handler:", type(exc).__name__, exc.start, exc.end, exc.reason)
    return ("<>" if isinstance(exc, UnicodeDecodeError) else "?", exc.end)
codecs.register_error("cm-record", record)
print(codecs.charmap_decode(b"\x00\x05\x06\x01", "cm-record", "ab"))

enc_tables = [codecs.charmap_build("abc?\\xu0123456789&#;"), codecs.charmap_build("abc"),
              {ord("a"): 1, ord("b"): b"BB", ord("c"): None, ord("?"): 63},
              {ord("a"): 256}, {ord("a"): -1}, {ord("a"): "x"}, {ord("a"): 1}, None]
for table in enc_tables:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
                   "surrogateescape", "namereplace", "cm-record"):
        try:
            r = codecs.charmap_encode("ab\xe9c\udc80a", errors, table)
        except (UnicodeEncodeError, TypeError) as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(type(table).__name__, errors, ascii(r))
print(codecs.charmap_encode("\u20ac", "strict", {0x20ac: 0x80}))
print("x\xe9".encode("cp437"), b"x\x82".decode("cp437"), "\u20ac".encode("cp1252"))
for bad in ("\u20ac".encode, b"\x81".decode):
    try:
        bad("cp437" if bad.__name__ == "encode" else "cp1252")
    except UnicodeError as e:
        print(type(e).__name__, e)
