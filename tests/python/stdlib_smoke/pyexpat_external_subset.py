# When expat asks NotStandaloneHandler, offers the external subset, a foreign DTD and
# parameter entities to ExternalEntityRefHandler, and skips declarations after an unread
# parameter entity, for each SetParamEntityParsing flag.
import pyexpat
docs = ['<!DOCTYPE a SYSTEM "x"><a/>', '<!DOCTYPE a SYSTEM "x" []><a/>', '<!DOCTYPE a [%e;]><a/>',
        '<!DOCTYPE a [<!ENTITY % e "">%e;]><a/>', '<!DOCTYPE a [<!ENTITY % e SYSTEM "y">%e;]><a/>',
        '<!DOCTYPE a SYSTEM "x" [%e; %f;]><a/>', '<!DOCTYPE a PUBLIC "p" "x"><a/>',
        '<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "x" [%e;]><a/>',
        '<!DOCTYPE a SYSTEM "x" [%e;]><a>&z;</a>',
        ]
for pep in (0, 1, 2):
  for with_sk in (False, True):
    for doc in docs:
        ev = []
        p = pyexpat.ParserCreate()
        p.SetParamEntityParsing(pep)
        p.NotStandaloneHandler = lambda: ev.append("NS") or 1
        p.StartDoctypeDeclHandler = lambda *a: ev.append("SD")
        p.EndDoctypeDeclHandler = lambda *a: ev.append("ED")
        p.ExternalEntityRefHandler = lambda *a: ev.append(("EXT",) + a) or 1
        if with_sk:
            p.SkippedEntityHandler = lambda *a: ev.append(("SK",) + a)
        p.EntityDeclHandler = lambda *a: ev.append("ENT")
        try:
            p.Parse(doc, True)
        except Exception as e:
            ev.append(str(e))
        print(pep, with_sk, doc, ev)
for pep in (0,2):
  for doc in ['<!DOCTYPE a [%e; <!ENTITY x "v"> <!ATTLIST a b CDATA "d"> <!ELEMENT a ANY> <!NOTATION n SYSTEM "s">]><a>&x;</a>',
            '<!DOCTYPE a [%e; <!ENTITY x "v"> <!ATTLIST a b CDATA "d">]><a>&y;</a>']:
    p = pyexpat.ParserCreate(); p.SetParamEntityParsing(pep)
    for h in ("EntityDeclHandler","AttlistDeclHandler","ElementDeclHandler","NotationDeclHandler","SkippedEntityHandler","StartElementHandler","CharacterDataHandler"):
        setattr(p, h, (lambda h: lambda *a: print(h[:-7], a))(h))
    try: p.Parse(doc, True)
    except Exception as e: print(e)
    print('--')
docs = ["<?xml version='1.0'?><e>&z;</e>", "<!DOCTYPE e><e>&z;</e>", "<!DOCTYPE e []><e/>",
        "<!DOCTYPE e SYSTEM 's'><e/>", "<!DOCTYPE e PUBLIC 'p' 's'><e/>", "<e/>"]
for pep in (0, 1, 2):
  for handler in (None, 1, 0):
    for doc in docs:
        ev = []
        p = pyexpat.ParserCreate()
        p.UseForeignDTD()
        p.SetBase("b")
        p.SetParamEntityParsing(pep)
        if handler is not None:
            p.ExternalEntityRefHandler = lambda *a: ev.append(("EXT",) + a) or handler
        p.SkippedEntityHandler = lambda *a: ev.append(("SK",) + a)
        p.NotStandaloneHandler = lambda: ev.append("NS") or 1
        p.StartDoctypeDeclHandler = lambda *a: ev.append("SD")
        p.EndDoctypeDeclHandler = lambda *a: ev.append("ED")
        p.StartElementHandler = lambda *a: ev.append("SE")
        try:
            p.Parse(doc, True)
        except Exception as e:
            ev.append(str(e))
        print(pep, handler, doc, ev)
p = pyexpat.ParserCreate()
p.UseForeignDTD(False)
p.SetParamEntityParsing(2)
p.ExternalEntityRefHandler = lambda *a: print(a) or 1
p.Parse(b"<e/>", True)
print("done")
