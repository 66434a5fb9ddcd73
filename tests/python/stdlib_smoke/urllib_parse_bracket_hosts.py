# urllib.parse checks a bracketed host is an IPv6 (or IPvFuture) address (since 3.11.4):
# urlsplit raises ValueError for anything else between the brackets.
from urllib.parse import urljoin, urlsplit

for u in ["http://[::1]/", "http://[::1]:80/", "http://[v1.fe80::a+en1]/", "http://[fe80::1%25eth0]/",
          "http://[]/", "http://[ :]/", "//%%41[] //", "http://[127.0.0.1]/", "http://[abc]/",
          "http://[::1]x/", "http://x[::1]/"]:
    try:
        s = urlsplit(u)
        print(repr(u), tuple(s), s.hostname)
    except ValueError as e:
        print(repr(u), "ValueError", e)
try:
    print(urljoin(":~!..%", "//[ :]x"))
except ValueError as e:
    print("ValueError", e)
