# csv in depth: every quoting mode both ways, escapechar and doublequote, embedded newlines
# and quotes, skipinitialspace, strict-mode errors with line numbers, DictReader/DictWriter
# (restkey, restval, extrasaction), Sniffer, custom dialect classes, field_size_limit and
# writer errors.
import csv
import io


def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


rows = [["a", "b,c", 'd"e', "", None, 1, 2.5, "line\nbreak", " sp "]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    print(q, repr(write(rows, quoting=q)))
print(repr(write([["a", "b,c", 'd"e']], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([['d"e']], doublequote=False, escapechar="\\")))
print(repr(write([["x", "y"]], delimiter="\t", lineterminator="\n")))
print(repr(write([[""]])), repr(write([[]])), repr(write([["", ""]])))
for bad_kw in [dict(quoting=csv.QUOTE_NONE), dict(doublequote=False)]:
    try:
        write([['q"uote', "d,lim"]], **bad_kw)
    except csv.Error as e:
        print("csv.Error:", e)

text = 'a,"b,c","d""e",,"line\nbreak"\r\n  x , y ,"z"\n"unterminated'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(io.StringIO(text.rsplit("\n", 1)[0]), skipinitialspace=True)))
r = csv.reader(io.StringIO('1,"2",x\n'), quoting=csv.QUOTE_NONNUMERIC)
try:
    print(list(r))
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['"a""b",c'], doublequote=False, escapechar="\\")))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['a,"b', 'c",d'])))
for bad in ['a,"b"c', '"abc', 'a\0b']:
    rd = csv.reader([bad, "next"], strict=True)
    try:
        print(list(rd))
    except csv.Error as e:
        print("csv.Error:", e, "line_num", rd.line_num)
try:
    list(csv.reader([1]))
except csv.Error as e:
    print("csv.Error:", e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("csv.Error:", e)
csv.field_size_limit(old)

dr = csv.DictReader(io.StringIO("name,age\nann,30\nbob\ncy,4,extra,more\n\n"), restkey="rest", restval="?")
print(dr.fieldnames, [dict(row) for row in dr], dr.line_num)
dr = csv.DictReader(["x,y"], fieldnames=["A", "B"])
print([dict(r) for r in dr])
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["name", "age"], restval="-", lineterminator="\n")
dw.writeheader()
dw.writerows([{"name": "ann", "age": 30}, {"name": "bob"}])
try:
    dw.writerow({"name": "x", "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
csv.DictWriter(buf, ["name"], extrasaction="ignore", lineterminator="\n").writerow({"name": "ok", "zzz": 1})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(buf, ["a"], extrasaction="nope")
except ValueError as e:
    print("ValueError:", e)

sample = "id;name;score\n1;'Ann, B';3.5\n2;Bob;4\n"
d = csv.Sniffer().sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), csv.Sniffer().has_header(sample))
print(csv.Sniffer().has_header("1,2\n3,4\n"))
try:
    csv.Sniffer().sniff("")
except csv.Error as e:
    print("csv.Error:", e)


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(repr(write([["a|b", "c'd"]], dialect=Pipes)))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(repr(write([[1, 2]], dialect="semi")), repr(write([[1, 2]], dialect="semi", delimiter=":")))
csv.unregister_dialect("semi")
for kw in [dict(delimiter=""), dict(delimiter="ab"), dict(quotechar=None), dict(quoting=99),
           dict(lineterminator=None), dict(escapechar="ab"), dict(delimiter=None)]:
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(write([["a", "b"], ["c"]], lineterminator="")))
for kw in [dict(lineterminator=None, quoting=99), dict(lineterminator=None, quotechar=None, quoting=1)]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError:", e)


class NoEnd(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL
    lineterminator = ""


print(repr(NoEnd().lineterminator))
NoEnd.lineterminator = None
try:
    NoEnd()
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(io.StringIO(), dialect="nope")
except csv.Error as e:
    print("csv.Error:", e)
ex = csv.get_dialect("excel")
print(repr(ex.delimiter), repr(ex.lineterminator), ex.quoting, ex.doublequote, ex.strict)
try:
    ex.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)
print(csv.excel_tab.delimiter == "\t", csv.unix_dialect.lineterminator == "\n")
