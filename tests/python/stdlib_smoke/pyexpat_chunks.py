# Incremental parsing: the same events whatever the chunk boundaries (text buffered), for
# str and for UTF-8 bytes split inside multi-byte characters, and errors keep positions.
import pyexpat

DOC = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "v&#233;">]>\n'
       '<r a="1" b=\'x&amp;y\'>\r\ntext é€𝄞 &e; &#x41;<!-- c --><?p q?>'
       '<![CDATA[ <cd> ]]]><s/><n:t xmlns:n="urn:n" n:k="v">z</n:t></r>\n')


def events(chunks, ns=None):
    p = pyexpat.ParserCreate(namespace_separator=ns)
    p.buffer_text = True
    out = []
    p.StartElementHandler = lambda n, a: out.append(("start", n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append(("end", n))
    p.CharacterDataHandler = lambda d: out.append(("data", d))
    p.CommentHandler = lambda d: out.append(("comment", d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
    p.StartCdataSectionHandler = lambda: out.append(("cdata",))
    p.EndCdataSectionHandler = lambda: out.append(("/cdata",))
    for c in chunks:
        p.Parse(c, False)
    p.Parse(chunks[0][:0], True)
    return out


whole = events([DOC])
for e in whole:
    print(e)
print(events([DOC], ns="}")[-4:])
data = DOC.encode("utf-8")
bad = 0
for i in range(len(DOC) + 1):
    if events([DOC[:i], DOC[i:]]) != whole:
        bad += 1
for i in range(len(data) + 1):
    if events([data[:i], data[i:]]) != whole:
        bad += 1
print("split mismatches:", bad)
print("bytewise equal:", events([data[i:i + 1] for i in range(len(data))]) == whole)
print("3-char chunks equal:", events([DOC[i:i + 3] for i in range(0, len(DOC), 3)]) == whole)

p = pyexpat.ParserCreate()
p.Parse("<a>\n<b>", False)
try:
    p.Parse("</c>", True)
except pyexpat.ExpatError as e:
    print(e, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
