# Character data buffering counts UTF-8 bytes, and text in other encodings reaches the
# handlers in pieces of at most 1024 UTF-8 bytes (expat's conversion buffer).
import pyexpat


def show(t):
    print(len(t), len(t.encode()), end=" ")


def run(data, size=None, default=False, chunks=None):
    p = pyexpat.ParserCreate()
    if default:
        p.DefaultHandler = show
    else:
        p.CharacterDataHandler = show
    if size is not None:
        p.buffer_text = True
        p.buffer_size = size
    if chunks is None:
        p.Parse(data, True)
    else:
        for c in chunks:
            p.Parse(c, False)
            print("| used", p.buffer_used, end=" ")
        p.Parse(b"", True)
    print()


run("<s>ééééé&amp;ééééé</s>", size=9)
run("<s>ééééé&amp;ééééé</s>", size=10)
run("<s>ééé&amp;é</s>", size=100, chunks=[b"<s>", "ééé&amp;é".encode(), b"</s>"])
for enc in ("utf-8", "us-ascii", "latin-1", "iso8859", "utf-16"):
    text = "<?xml version='1.0' encoding='%s'?><s>" % enc + "a" * 2500 + "é" * 700 + "</s>"
    data = text.encode(enc.replace("iso8859", "latin-1").replace("us-ascii", "utf-8"))
    if enc == "us-ascii":
        data = data.replace("é".encode(), b"e")
    run(data)
    run(data, default=True)
    run(data, size=1024)
for n in (1000, 1024, 1025):
    run(b"<?xml version='1.0' encoding='iso8859'?><s>" + b"a" * n + b"</s>", size=1024)
