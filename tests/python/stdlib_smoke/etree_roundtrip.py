# ElementTree over pyexpat: fromstring/tostring, namespaces, iterparse, XMLPullParser fed
# one character at a time, entities, and ParseError positions.
import io
import xml.etree.ElementTree as ET

r = ET.fromstring('<a x="1"><b>t&amp;</b><c/>tail<!--c--></a>')
print(r.tag, r.attrib, [c.tag for c in r], r[0].text, r[1].tail)
print(ET.tostring(r))
ns = ET.fromstring('<r xmlns="urn:x" xmlns:p="urn:p"><p:q p:a="1"/></r>')
print(ns.tag, ns[0].tag, ns[0].attrib, ET.tostring(ns))
for ev, el in ET.iterparse(io.BytesIO(b'<a xmlns:n="u"><b/><n:c>x</n:c></a>'),
                           events=('start', 'end', 'start-ns', 'end-ns')):
    print(ev, getattr(el, 'tag', el))
pp = ET.XMLPullParser(events=['start', 'end', 'comment', 'pi'])
for ch in '<root><x>1</x><!--k--><?t d?><y a="2"/></root>':
    pp.feed(ch)
    for e in pp.read_events():
        tag = getattr(e[1], 'tag', None)
        print(e[0], getattr(tag, '__name__', tag), getattr(e[1], 'text', None))
pp.close()
tree = ET.parse(io.BytesIO('<?xml version="1.0" encoding="utf-8"?><d><e>é</e></d>'.encode()))
print(tree.getroot()[0].text, ET.tostring(tree.getroot(), encoding="unicode"))
for bad in ['<a><b></a>', '<a>', '<a>&nope;</a>', 'x']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)
parser = ET.XMLParser()
parser.entity["nope"] = "yes"
print(ET.fromstring('<!DOCTYPE a SYSTEM "a.dtd"><a>&nope;</a>', parser).text)
big = "<root>" + "".join(f"<i n='{k}'>v{k}</i>" for k in range(300)) + "</root>"
print(len(ET.fromstring(big)), ET.fromstring(big)[299].attrib)
print(ET.canonicalize('<a b="2" a="1"><!--x--><c/></a>'))
