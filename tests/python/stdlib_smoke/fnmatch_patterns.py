# fnmatch: translate() output, case handling of fnmatch vs fnmatchcase, character classes,
# negation, ranges, escapes via [*], and filter().
import fnmatch

pats = ["*.py", "?at", "[abc]*", "[!abc]*", "[a-c]x", "[]]", "[!]]", "a[*]b", "*", "",
        "[", "[a-", "x[!-]y", "**/x", "a*b*c", "[z-a]", "\\*", "*.[Pp][Yy]", "[^x]y", "*\n"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["a.py", "A.PY", "cat", "bat", "at", "bx", "dx", "]", "a*b", "axb", "x-y", "xzy",
         "dir/x", "abc", "aXbYc", "*", ".hidden.py", "^y", "\\*", "a\n", "b.Py"]
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print([n for n in names if fnmatch.fnmatchcase(n, "*.py")])
# posix os.path.normcase is the identity, so fnmatch is case-sensitive here too
print([n for n in names if fnmatch.fnmatch(n, "*.PY")])
for bad in (None, 1):
    try:
        fnmatch.fnmatch("a", bad)
    except TypeError as e:
        print("TypeError:", e)
print(fnmatch.fnmatch(b"file.txt", b"*.txt"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"))
try:
    fnmatch.fnmatch("a", b"a")
except TypeError as e:
    print("TypeError:", e)
