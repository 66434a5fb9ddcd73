# The encoding expat guesses from the first bytes (a zero byte means UTF-16), with or
# without an encoding given; how input ending in half a UTF-16 unit, a partial character
# or a lone CR fails; and the BOM counting as a column.
import pyexpat
cases = [b"\0\r\n", b"\0\r", b"\0", b"\0<\0a\0/\0>", b"<\0a\0/\0>\0", b"a\0", b"\0<\0a\0>\0x", b"\0<\0a\0>\0x\0", b"\0<\0a\0>\0\r\0", b"\0<\0a\0>\0\r",
         "<a>x</a>".encode('utf-16')+b"\0", "<a>x</a>".encode('utf-16-be')+b"\0", "<a>x".encode('utf-16-be')+b"\0",
         b"\0 \0 \0", b"\0<\0?\0x\0m\0l\0 \0v\0e\0r\0s\0i\0o\0n\0=\0'\x001\0.\x000\0'\0?\0>\0<\0a\0/\0>"]
for enc in (None, "utf-8", "utf-16", "iso-8859-1"):
    for data in cases:
        p = pyexpat.ParserCreate(enc)
        p.CharacterDataHandler = lambda s: print(" C", repr(s), end="")
        p.StartElementHandler = lambda *a: print(" S", a, end="")
        try:
            p.Parse(data, True)
            print(" ok", enc, data)
        except Exception as e:
            print("", enc, data, e, p.ErrorByteIndex)
cases = [b"<a>\r", b"<a>x\r", b"<a>\r\n", b"<a>x<b", b"\r", b"<a/>\r", b"\xef\xbb\xbf<a/>x", "<a/>x".encode('utf-16'), "<a/>x".encode('utf-16-be'), b"<a>\xc3", b"<a>\xc3</a>",
  "<a>\ud800".encode('utf-16-le','surrogatepass'), b"<a>x</a>\xc3", b"<a>x</a>\xc3\xa9"]
for data in cases:
    p = pyexpat.ParserCreate()
    p.CharacterDataHandler = lambda s: print(" C", repr(s), end="")
    try:
        p.Parse(data, True)
        print(" ok", data)
    except Exception as e:
        print("", data, e, p.ErrorByteIndex)
