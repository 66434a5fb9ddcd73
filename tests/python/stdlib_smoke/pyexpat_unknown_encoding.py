# Encodings expat does not know go through Python's codecs: the codec's errors propagate,
# multi-byte ones are refused with ValueError, and tables that move ASCII are unknown.
import pyexpat
import xml.etree.ElementTree as ET
for e in ['nonexistent', 'utf-7', 'cp037', 'utf-32', 'hex', 'rot13']:
    p = pyexpat.ParserCreate()
    try: p.Parse(("<?xml version='1.0' encoding='%s'?><a/>" % e).encode(), True); print(e, 'ok')
    except Exception as ex: print(e, type(ex).__name__, ex)
    p = pyexpat.ParserCreate(e)
    try: p.Parse(b"<a/>", True); print(e, 'ok')
    except Exception as ex: print(e, type(ex).__name__, ex)
for e in ['cp437', 'cp720', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp865', 'cp866', 'cp869', 'cp874', 'cp1006', 'cp1125', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'mac-cyrillic', 'mac-greek', 'mac-iceland', 'mac-latin2', 'mac-roman', 'mac-turkish', 'koi8-r', 'koi8-t', 'koi8-u', 'kz1048', 'ptcp154', 'utf-8-sig', 'iso8859-16', 'utf-7', 'cp037', 'utf_32']:
    x = ("<?xml version='1.0' encoding='%s'?><xml />" % e).encode(e)
    try: ET.XML(x); print(e, 'ok')
    except Exception as ex: print(e, type(ex).__name__, ex)
