# Codecs written in Python (Lib/encodings) are found without importing anything first:
# CPython imports the encodings package at start-up.
print(b"\xb3\xc4\xda".decode("cp437"))
print("\u2502\u2500".encode("cp437"))
print("caf\u00e9".encode("mac_roman"), b"\x8e".decode("mac-roman"))
print(b"\xe4\xf6".decode("iso8859_15"), "\u20ac".encode("iso-8859-15"))
import codecs
print(codecs.lookup("CP437").name, codecs.lookup("latin_1").name)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
