# Short cuts for the commonest str calls must agree with the general paths.
samples = ["", " ", "  a b  ", "\x1c\x1d\x1e\x1fx\x85", "\xa0y\u3000", "\u2028z\u2029", "\t\n\v\f\rw", "é ", " 😀 ", "\x00a\x00"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)), repr(s.strip(" a")))


class Sub(str):
    pass


t = Sub("  q  ")
r = t.strip()
print(repr(r), type(r).__name__, type(Sub("q").strip()).__name__)
try:
    str.strip(5)
except TypeError as e:
    print("TypeError", e)

line = "a;b;;c;"
print(line.split(";"), line.split(";", 1), line.split(sep=";"), line.split(";", maxsplit=2), line.rsplit(";", 1))
print("x😀y😀".split("😀"), "😀".split("x"), " a  b ".split(), "a b".split(None, 0))
for bad in [lambda: line.split(""), lambda: line.split(1), lambda: line.split(";", 1, 2), lambda: line.split(foo=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("b" in "abc", "" in "", "" in "x", "😀" in "a😀", "a" in "😀", "ab" in Sub("cab"), Sub("a") in "ba")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)

for s in ["", "abc", "a" * 64, "a" * 65, "é", "a\udc80b", "x" * 63 + "é"]:
    try:
        print(len(s), s.encode()[:5], len(s.encode()))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.reason, e.start)
print("a\udc80".encode("utf-8", "surrogateescape"), "ab".encode("utf-8", "strict"))
