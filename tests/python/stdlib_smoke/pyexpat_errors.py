# ExpatError messages, codes and positions, and the errors/model submodules.
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

docs = [
    '<a></b>', '<a>', '', 'x', '<a/><b/>', '<a>&foo;</a>', '<a b="1" b="2"/>',
    '<a><b></a>', '<a>\n  <b>\n</c>', '<a>]]></a>', '<a>&#0;</a>', '<a x=1/>',
    '<a x="<"/>', '<a><b', '<a x="1', '<!--', '<a>text', '<![CDATA[x',
    '<a><![CDATA[x', '<a>&am', '<a>&#6', '<?pi', '<!DOCTYPE a [',
    b'<a>\xc3', b'<a>\xff</a>', '< a/>', '<a><?xml version="1.0"?></a>',
    '<?xml encoding="utf-8"?><a/>', '<!-- a -- b --><a/>', '<a b="&c;"/>',
    '<!DOCTYPE a [<!ENTITY c "<x">]><a b="&c;"/>',
    '<!DOCTYPE a [<!ENTITY c "&c;">]><a>&c;</a>',
    '<!DOCTYPE a [<!ENTITY c "<b>x">]><a>&c;</b></a>', '<a/>x', '<a>\x01</a>',
    '\n\n  <a></b>',
]
for d in docs:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(d, True)
        print(repr(d), "ok")
    except expat.ExpatError as e:
        print(repr(d), e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorByteIndex)
        assert errors.messages[e.code] == pyexpat.ErrorString(e.code)

for ns_doc in ['<p:a/>', '<a xmlns:p=""/>', '<a xmlns:xmlns="u"/>']:
    try:
        pyexpat.ParserCreate(namespace_separator="}").Parse(ns_doc, True)
    except expat.ExpatError as e:
        print(repr(ns_doc), e)

p = pyexpat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<a/>', True)
except expat.ExpatError as e:
    print(e, e.code)

p = pyexpat.ParserCreate()
def boom(*a):
    raise ZeroDivisionError("boom")
p.StartElementHandler = boom
try:
    p.Parse('<a/>', True)
except ZeroDivisionError as e:
    print("handler raised", e)

print(expat.error is expat.ExpatError, expat.ExpatError.__module__)
print(errors.XML_ERROR_SYNTAX, errors.codes["mismatched tag"], len(errors.messages))
print(model.XML_CTYPE_SEQ, model.XML_CQUANT_PLUS, pyexpat.ErrorString(100))
print(pyexpat.version_info, pyexpat.EXPAT_VERSION, pyexpat.native_encoding)
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
