# Parser options: ordered/specified attributes, namespaces with prefixes, intern, buffering,
# the default handlers, encodings, ParseFile and GetInputContext.
import io
import pyexpat

p = pyexpat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes,
      p.specified_attributes, p.namespace_prefixes, p.ErrorCode, p.CurrentByteIndex,
      p.intern, p.StartElementHandler)
print(pyexpat.ParserCreate(intern=None).intern)
doc = '<!DOCTYPE a [<!ATTLIST a d CDATA "dv">]><a z="1" y="2"/>'
for ordered in (False, True):
    for specified in (False, True):
        p = pyexpat.ParserCreate()
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        p.StartElementHandler = lambda n, a: print(n, a)
        p.Parse(doc, True)
p = pyexpat.ParserCreate(namespace_separator=" ")
p.namespace_prefixes = True
p.StartElementHandler = lambda n, a: print("start", n, a)
p.EndElementHandler = lambda n: print("end", n)
p.StartNamespaceDeclHandler = lambda pf, u: print("ns", pf, u)
p.EndNamespaceDeclHandler = lambda pf: print("/ns", pf)
p.Parse('<a xmlns="u" xmlns:p="v"><p:b p:x="1" y="2" xml:lang="en"/><c xmlns=""/></a>', True)
print(sorted(k for k in p.intern if k is not None))

p = pyexpat.ParserCreate()
p.DefaultHandler = lambda s: print("D", repr(s))
p.Parse('<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "x" [<!ENTITY e "v"> ]>\n'
        '<a x="1">t&amp;&e;&#65;<![CDATA[c]]><!--c--><?p d?></a>\n', True)
p = pyexpat.ParserCreate()
p.DefaultHandlerExpand = lambda s: print("DE", repr(s))
p.CharacterDataHandler = lambda s: print("C", repr(s))
p.Parse('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>', True)

for data in [b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>',
             '<a>é</a>'.encode('utf-16'), b'\xef\xbb\xbf<a>\xc3\xa9</a>',
             b'<?xml version="1.0" encoding="us-ascii"?><a>x</a>',
             b'<?xml version="1.0" encoding="cp1252"?><a>\x80</a>']:
    p = pyexpat.ParserCreate()
    p.CharacterDataHandler = lambda s: print(repr(s), p.CurrentByteIndex)
    p.Parse(data, True)
p = pyexpat.ParserCreate("iso-8859-1")
p.CharacterDataHandler = lambda s: print(repr(s))
p.Parse(b"<a>\xe9\xff</a>", True)

p = pyexpat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
got = []
p.CharacterDataHandler = got.append
p.Parse("<a>ab\ncd&amp;efghij</a>", True)
print(got)
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print(n, p.GetInputContext())
print(p.ParseFile(io.BytesIO(b"<a><b/></a>" * 1 + b" " * 5000)), p.GetInputContext())
print(p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE))
p = pyexpat.ParserCreate()
p.SetBase("http://x/")
print(p.GetBase())
try:
    pyexpat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print(e)
