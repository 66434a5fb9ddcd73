# xml.dom.minidom through expatbuilder: parseString/parse, doctype, entities, CDATA,
# namespaces, toxml and toprettyxml.
import io
from xml.dom import minidom

d = minidom.parseString('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "ent">]>'
                        '<r a="1"><!--c--><b>x&e;</b><![CDATA[<>]]><?pi d?></r>')
print(d.toxml())
print(d.doctype.name, repr(d.doctype.internalSubset), d.documentElement.getAttribute("a"))
print(d.documentElement.toprettyxml(indent="  "))
d2 = minidom.parse(io.BytesIO(b'<n:a xmlns:n="urn:n" n:x="1"><n:b>t</n:b></n:a>'))
e = d2.documentElement
print(e.namespaceURI, e.localName, e.prefix, e.getAttributeNS("urn:n", "x"))
print(d2.toprettyxml())
try:
    minidom.parseString("<a><b></a>")
except Exception as ex:
    print(type(ex).__name__, ex)
