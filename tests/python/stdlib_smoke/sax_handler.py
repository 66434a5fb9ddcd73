# xml.sax with the expat reader: ContentHandler events, namespaces, locator, errors.
import io
import xml.sax
from xml.sax.handler import feature_namespaces


class H(xml.sax.ContentHandler):
    def setDocumentLocator(self, loc):
        self.loc = loc

    def startDocument(self):
        print("startDocument")

    def startElement(self, n, a):
        print("start", n, dict(a), self.loc.getLineNumber(), self.loc.getColumnNumber())

    def endElement(self, n):
        print("end", n)

    def startElementNS(self, n, q, a):
        print("startNS", n, q, dict(a))

    def endElementNS(self, n, q):
        print("endNS", n, q)

    def startPrefixMapping(self, p, u):
        print("prefix", p, u)

    def characters(self, c):
        print("chars", repr(c))

    def processingInstruction(self, t, d):
        print("pi", t, d)

    def endDocument(self):
        print("endDocument")


xml.sax.parseString(b'<a x="1">hi\n<b/><?p d?></a>', H())
parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, True)
parser.setContentHandler(H())
parser.parse(io.BytesIO(b'<r xmlns="urn:r" xmlns:q="urn:q"><q:s q:t="1">z</q:s></r>'))
try:
    xml.sax.parseString(b"<a><b></a>", H())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())
