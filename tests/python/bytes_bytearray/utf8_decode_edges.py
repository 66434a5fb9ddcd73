# Decoding UTF-8: what the codec accepts, rejects and keeps, whole and incrementally.
import codecs

samples = [
    b"plain ascii",
    "caf\u00e9 \u20ac \U0001f600 end".encode(),
    b"\xef\xbb\xbfwith a BOM",
    b"\xed\xa0\x80 encoded surrogate",
    b"overlong \xc0\xaf and \xe0\x80\xaf",
    b"past the top \xf4\x90\x80\x80",
    b"truncated at the end \xe2\x82",
    b"bad continuation \xe2\x28\xa1",
    b"\xff\xfe stray bytes",
    "\U0001f600\U0001f601".encode() + b"\xf0\x9f",
]
for data in samples:
    for errors in ("strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace"):
        try:
            text = data.decode("utf-8", errors)
            print(errors, ascii(text), len(text))
        except UnicodeDecodeError as e:
            print(errors, "error:", e.start, e.end, e.reason)

# Fed one split at a time: every way of cutting the input into two pieces.
for data in samples:
    results = set()
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder("utf-8")("replace")
        results.add(dec.decode(data[:cut]) + dec.decode(data[cut:], final=True))
    print(len(results), ascii(results.pop()))

# Byte by byte, with strict errors: where does the error come, and with what?
for data in samples:
    dec = codecs.getincrementaldecoder("utf-8")()
    out = []
    try:
        for i in range(len(data)):
            out.append(dec.decode(data[i:i + 1]))
        out.append(dec.decode(b"", final=True))
        print("ok", ascii("".join(out)))
    except UnicodeDecodeError as e:
        print("error after", len("".join(out)), "chars:", ascii(e.object), e.start, e.end, e.reason)

# utf_8_decode's consumed count, final or not.
for data in samples:
    print(codecs.utf_8_decode(data, "replace", False)[1], codecs.utf_8_decode(data, "replace", True)[1])
print(len("\U0001f600x".encode().decode()), "\U0001f600x".encode().decode()[1])

# A truncated sequence at the end, not final: wait for more, or fail at once?
for tail in [b"\xe0\x80", b"\xed\xa0", b"\xf0\x80", b"\xf4\x90", b"\xe0", b"\xf0\x90\x80", b"\xf0\x80\x80", b"\xe2\x28", b"a\xed\xa0"]:
    try:
        print(tail, codecs.utf_8_decode(tail, "strict", False))
    except UnicodeDecodeError as e:
        print(tail, "error", e.start, e.end, e.reason)
