import csv
import io
import _csv

print(sorted(n for n in dir(_csv) if not n.startswith("__")))
for kw in [dict(delimiter=""), dict(delimiter=None), dict(delimiter=1), dict(delimiter="ab"),
           dict(quotechar=None), dict(quotechar=""), dict(quotechar=1), dict(escapechar=""),
           dict(escapechar=1), dict(lineterminator=1), dict(quoting=9), dict(quoting="a"),
           dict(quotechar=None, quoting=3), dict(quotechar=None, quoting=0), dict(bogus=1),
           dict(doublequote=0, escapechar=None), dict(strict="x"), dict(delimiter=" ", skipinitialspace=True),
           dict(quotechar=",")]:
    try:
        d = _csv.Dialect(**kw)
        print(kw, "ok", repr(d.delimiter), d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting,
              d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(kw, type(e).__name__, e)

print(list(csv.reader(["\n"])), list(csv.reader([""])), list(csv.reader(["a,b\n", "c\n"])))
print(list(csv.reader(['"a\n', 'b",c\n', "d\n"])))
print(list(csv.reader(['a,"b,c",d', '"x""y",z', ' a, "b"'])))
print(list(csv.reader([' a, "b"'], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c\\"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(["a;b;c"], delimiter=";")))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['1,"2",a, 3.5'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)) if False else "")
print(list(csv.reader(['1, 2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a,b"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a\r\n", "b\r\n"])))
print(list(csv.reader(["a\tb"], dialect="excel-tab")), list(csv.reader(['"ab'])))
r = csv.reader(["a,b", "c"])
next(r)
print(r.line_num, r.dialect.delimiter)

for kw, rows in [({}, [["a\nb", "c\rd", "e"]]), (dict(lineterminator="\n"), [["a\rb"]]), ({}, [[""]]),
                 (dict(quoting=3), [[""]]), (dict(quoting=3), [["a,b"]]),
                 ({}, [[None, 1.5, 2, 'x"y', " "]]), (dict(quoting=2), [[None, 1, "a", 1.5, True]]),
                 (dict(quoting=1), [[None, 1]]), (dict(escapechar="\\", doublequote=False), [['a"b', "c\\d"]]),
                 (dict(quoting=3, escapechar="\\"), [['a,b"c\\']]), ({}, [[], ["", ""], ("a", "b")]),
                 (dict(dialect="unix"), [["a", 1]]), (dict(delimiter="\t"), [["a\tb", "c"]])]:
    f = io.StringIO()
    w = csv.writer(f, **kw)
    try:
        for row in rows:
            print(repr(w.writerow(row)), end=" ")
        print(kw, repr(f.getvalue()))
    except Exception as e:
        print(kw, type(e).__name__, e)

f = io.StringIO()
w = csv.DictWriter(f, ["x", "y"])
w.writeheader()
w.writerows([{"x": 1, "y": 2}, {"x": "a,b"}])
print(repr(f.getvalue()))
print([dict(r) for r in csv.DictReader(io.StringIO(f.getvalue()))])

csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.get_dialect("semi").quoting)
f = io.StringIO()
csv.writer(f, "semi").writerow(["a", 1])
print(repr(f.getvalue()))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))


class D(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


f = io.StringIO()
csv.writer(f, D).writerow(["a|b", "c"])
print(repr(f.getvalue()), list(csv.reader(["'a|b'|c"], D)))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)

old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
tests = ["csv.writer(io.StringIO()).writerow(3)", 'list(csv.reader([b"a"]))',
         "list(csv.reader(['a\"b\"c', 'x'], strict=True))", "list(csv.reader(['\"ab'], strict=True))",
         "list(csv.reader(['a\\rb']))", 'csv.get_dialect("x")', 'csv.unregister_dialect("x")',
         "csv.register_dialect(1)", 'csv.field_size_limit("a")', 'list(csv.reader(["abcdefghijklmn"]))',
         "csv.reader(3)", "csv.writer(3)", "list(csv.reader(['a,b'], quoting=csv.QUOTE_NONNUMERIC))"]
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
csv.field_size_limit(old)
