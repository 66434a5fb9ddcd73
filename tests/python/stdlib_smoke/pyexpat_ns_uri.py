# Expat refuses a namespace URI holding the namespace separator, unless the separator is
# a character URIs may hold.
import pyexpat
for v in ['a b', ' a', 'a ', 'a\tb', 'a\nb', 'http://x y', '<', 'a&#32;b', 'a&#10;b', 'a&#9;b', 'é', 'a"b', "a{b", "a|b", "a!b", "a\\b", "a^b", "a`b", "a}b", "a%20b", "urn:x", ""]:
    for sep in (None, " ", "!", "|", "\t", ""):
        for pfx in ("xmlns", "xmlns:p"):
            doc = '<p:a %s="%s"/>' % (pfx, v) if pfx != "xmlns" else '<a %s="%s"/>' % (pfx, v)
            p = pyexpat.ParserCreate(namespace_separator=sep)
            p.StartElementHandler = lambda *a: print(" S", a, end="")
            p.StartNamespaceDeclHandler = lambda *a: print(" NS", a, end="")
            try:
                p.Parse(doc, True); print(" ok", sep, doc)
            except Exception as e:
                print("", sep, doc, e)
