# urllib.parse: urlsplit/urlparse fields and ports, urljoin on RFC 3986's examples,
# quote/unquote variants, urlencode and parse_qs(l) with their strict errors.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote,
                          unquote_plus, unquote_to_bytes, urldefrag, urlencode, urljoin, urlparse,
                          urlsplit, urlunparse, urlunsplit)

for u in ["http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag",
          "https://[::1]:443/x", "https://[fe80::1%25eth0]/", "file:///etc/passwd",
          "mailto:someone@example.com", "//netloc/only", "/path/only?q", "?q#f", "#f", "",
          "HTTP://h/p", "svn+ssh://h/x", "a1+-.b:rest", "http://h:/x", "http://h:0/",
          "path:80", "http://h/p;a;b?c;d", b"http://bytes.example/x?y#z",
          "http://h\t/p\na\rb", "urn:isbn:0451450523", "http://a@b@c/"]:
    s = urlsplit(u)
    p = urlparse(u)
    try:
        port = s.port
    except ValueError as e:
        port = "ValueError: %s" % e
    print(repr(u), tuple(s), p.params, s.username, s.password, s.hostname, port)
    print("   ", repr(urlunsplit(s)), repr(urlunparse(p)), repr(s.geturl()))
for bad in ["http://h:99999/", "http://h:-1/", "http://h:x/", "http://[::1/", "http://::1]/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)
print(urlsplit("http://h/p", scheme="ftp", allow_fragments=False), urlsplit("p#f", "x", False))
print(urlsplit("http://h/p")._replace(scheme="https", fragment="z").geturl())
print(urlparse("http://h/p?q#f").encode(), urldefrag("http://h/p#f"), urldefrag("nofrag"))

base = "http://a/b/c/d;p?q"
rfc = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
       "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
       "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
       "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x",
       "g#s/../x", "http:g"]
for r in rfc:
    print(repr(r), urljoin(base, r))
print(urljoin("http://a/b/", "../../../x"), urljoin("mailto:x", "y"), urljoin("", "a"),
      urljoin("http://a/b", ""), urljoin(b"http://a/b", b"c"), urljoin("http://a/b", "c", False))

for s in ["a b&c/d?e=f", "ü€", "~_.-!*'()", "/", "", "%"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote(s, safe="/&")))
print(quote(b"\x00\xff/"), quote_from_bytes(b"a b"), quote("é", encoding="latin-1"),
      quote("\udcff", errors="surrogateescape"))
for s in ["a%20b", "%E2%82%AC", "%e2%82", "%zz%", "a+b%2Bc", "%C3%A9", "%ff"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, errors="strict") if s != "%e2%82" and s != "%ff" else "-"))
print(unquote(b"%41") if False else unquote_to_bytes(b"%41%"), unquote("%E9", encoding="latin-1"))
try:
    quote(1)
except TypeError as e:
    print("TypeError", e)
try:
    quote(b"x", encoding="utf-8")
except TypeError as e:
    print("TypeError", e)

print(urlencode({"a": 1, "b": "x y", "c": "é&="}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"l": [1, 2], "t": ("x",)}, doseq=True), urlencode({"l": [1, 2]}))
print(urlencode({"s": "a/b c"}, quote_via=quote, safe="/"), urlencode({b"k": b"\xff"}))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode([1, 2])
except TypeError as e:
    print("TypeError", e)
qs = "a=1&b=2&a=3&c&d=&e=%20x+y&f=a%3Db"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2"), parse_qsl("a=1;b=2", separator=";"), parse_qs(b"x=1&y=%41"))
print(parse_qsl("a=%FF", encoding="latin-1"), parse_qsl("a=%FF", errors="strict") if False else "",
      parse_qsl("", strict_parsing=False), parse_qs("&&"))
for bad, kw in [("a", dict(strict_parsing=True)), ("a=1&&b=2", dict(strict_parsing=True)),
                ("a=1&b=2&c=3", dict(max_num_fields=2)), ("a=1", dict(separator="")),
                ("a=1", dict(separator=None))]:
    try:
        print(parse_qsl(bad, **kw))
    except ValueError as e:
        print("ValueError", e)
