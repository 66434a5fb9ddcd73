# urllib.parse strips leading C0 control and space characters (WHATWG, since 3.11.4) and
# removes tab/newline characters anywhere in the URL.
from urllib.parse import urlsplit, urlparse, urljoin

for u in ["  http://h/  ", "\x00\x1f http://h/p", "\thttp://h\t/p\na\rb", " //h/x", " \x7fhttp://h/"]:
    print(repr(u), tuple(urlsplit(u)), tuple(urlparse(u)))
print(urljoin(" http://a/b/c", "d"), urljoin("http://a/b/c", " ../d"))
print(tuple(urlsplit(b"  http://h/x")))
