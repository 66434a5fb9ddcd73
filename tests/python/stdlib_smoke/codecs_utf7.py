# UTF-7 (RFC 2152): which characters are direct, shift sequences, surrogates, errors,
# and the consumed count an incremental decoder relies on.
import codecs

for s in ["ABCxyz019'(),-./:?", ' !"#$%&*;<=>@[]^_`{|}', " \t\n\r", "a+b", "+",
          "\x00\x7f~\\", "\u20ac", "\u20aca", "\u20ac-", "\u20ac.", "\u20ac\u20ac",
          "\U000104a0", "\ud801\udca0", "\ud801", "\udca0x", "\u20ac\U000104a0",
          "caf\xe9 cr\xe8me", ""]:
    b = s.encode("utf-7")
    print(ascii(s), b, ascii(b.decode("utf-7")), codecs.utf_7_encode(s))

log = []
def record(exc):
    log.append((exc.encoding, exc.start, exc.end, exc.reason))
    return ("<%d>" % (exc.end - exc.start), exc.end)
codecs.register_error("utf7-record", record)

for data in [b"a+-b", b"+", b"a+", b"a+I", b"a+IKw", b"a+IKw-", b"a+IKwx", b"a+IKx-b",
             b"a+IK,b", b"a+IKwgr,-b", b"a+@b", b"\xffb", b"a+IKw\xffb", b"a+2AE-b",
             b"a+2AE\xffb", b"a+2AE", b"a+2AEA-b", b"a+2AH-b", b"a+IKzYAQ-b",
             b"+2AHcoA", b"+2AHcoA-", b"+AAA", b"+AAAA", b"a-+-+"]:
    for final in (False, True):
        log.clear()
        try:
            r = codecs.utf_7_decode(data, "strict", final)
        except UnicodeDecodeError as e:
            r = str(e)
        print(data, final, ascii(r), ascii(codecs.utf_7_decode(data, "utf7-record", final)), log)
    print("  replace:", ascii(data.decode("utf-7", "replace")),
          "ignore:", ascii(data.decode("utf-7", "ignore")))

# an incremental decoder fed a byte at a time
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([c])) for c in b"a+-b+AAA-c+IKzYAdyg-d+IKw"], ascii(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-7")()
try:
    dec.decode(b"x+IK", final=True)
except UnicodeDecodeError as e:
    print(e)

print(codecs.utf_7_decode(bytearray(b"+AGE-")), codecs.utf_7_decode(memoryview(b"x")))
for bad in ("abc", None, 5):
    try:
        codecs.utf_7_decode(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.utf_7_encode(b"x")
except TypeError as e:
    print("TypeError:", e)
