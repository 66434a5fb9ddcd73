# Every handler pyexpat reports, with positions, for a document using most of XML 1.0.
import pyexpat

HANDLERS = [
    "StartElementHandler", "EndElementHandler", "CharacterDataHandler",
    "ProcessingInstructionHandler", "CommentHandler", "StartNamespaceDeclHandler",
    "EndNamespaceDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
    "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
    "EntityDeclHandler", "NotationDeclHandler", "ElementDeclHandler",
    "AttlistDeclHandler", "SkippedEntityHandler", "UnparsedEntityDeclHandler",
]


def trace(doc, positions=True, **kw):
    p = pyexpat.ParserCreate(**kw)
    events = []
    for h in HANDLERS:
        def f(*a, h=h):
            pos = (p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex) if positions else ()
            events.append((h[:-7],) + pos + a)
        setattr(p, h, f)
    try:
        p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        events.append(("error", str(e), e.code, e.lineno, e.offset, p.ErrorByteIndex))
    for e in events:
        print(e)
    print("--")


trace('<?xml version="1.0"?>\n<a x="1" y=\'2\'>t\n\r\nu&amp;&#65;&#x42;<b/><!--c-->'
      '<?pi data?><![CDATA[x<y]]>é<c>ü</c></a>')
trace('<?xml version="1.0" encoding="utf-8" standalone="yes"?><a/>')
trace('<a>\t\r\n x</a>')
trace('<a b="1\n2\t3" c="&lt;&#60;&#x3C;"/>')
trace('<!DOCTYPE a [<!ENTITY foo "bar&amp;"><!ELEMENT a (#PCDATA|b)*>'
      '<!ATTLIST a x CDATA "dflt" y (p|q) #REQUIRED><!NOTATION n SYSTEM "s">'
      '<!ENTITY u SYSTEM "x" NDATA n>]><a>&foo;</a>', positions=False)
trace('<!DOCTYPE a [<!ELEMENT a (b)><!ELEMENT b (c,d?)+><!ELEMENT c EMPTY>'
      '<!ELEMENT d ANY><!ELEMENT e (#PCDATA)><!ELEMENT f (a|(b,c)*)>'
      '<!ATTLIST a x ID #IMPLIED y NOTATION (n|m) #FIXED "n" z NMTOKENS " a  b ">]>'
      '<a y="n" z="  p   q "/>', positions=False)
trace('<!DOCTYPE a SYSTEM "foo.dtd"><a>&e;</a>')
trace('<!DOCTYPE a [<!ENTITY c "<b>x</b>">]><a>&c;</a>', positions=False)
