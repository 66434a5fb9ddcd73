# Compiled patterns are the same whether Lib compiles them or they come from Swallow's cache
# of compiled patterns (this script runs several times, so later runs read what earlier
# ones kept): groups, names, flags, matching, and the warnings and errors that compiling
# gives, which are never cached.
import re
import sys
import warnings

warnings.simplefilter("always")

PATTERNS = [
    (r"(\d+)-(\d+)", 0),
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", 0),
    (r"(?i)straße|ΣΑΣ", 0),
    (r"colou?r", re.IGNORECASE),
    (r"^\w+$", re.MULTILINE | re.ASCII),
    (r"""
        (?P<key>[a-z_]+)   # a key
        \s*=\s*
        (?P<value>.*?)     # its value
        $""", re.VERBOSE | re.MULTILINE),
    (r"a.b", re.DOTALL),
    (r"(a)(b)?(?P<c>c)|(?P=c)", 0),
    (rb"(\x00|\xff)+[a-f0-9]", 0),
    (rb"(?P<tag><\w+>)", re.IGNORECASE),
    ("caf\u00e9 \U0001f600", 0),
    ("", 0),
]

for pattern, flags in PATTERNS:
    p = re.compile(pattern, flags)
    print(repr(p.pattern)[:40], p.flags, p.groups, sorted(p.groupindex.items()))
    subject = pattern if isinstance(pattern, bytes) else (
        "2024-01-15 key = value\nColor colour STRASSE ΣΑΣ a\nb caf\u00e9 \U0001f600 c")
    if isinstance(pattern, bytes):
        subject = b"\x00\xffa <B> x\x00f"
    print("  ", [m.group(0) for m in p.finditer(subject)][:5], p.search(subject) is not None)

# The same pattern object for the same arguments, from re's own cache.
print(re.compile(r"(\d+)-(\d+)") is re.compile(r"(\d+)-(\d+)"))

# Patterns whose compilation warns warn every time.
for pattern in ["[[a]", "[a-c--x]", "[a&&b]", "[a||b]", "[a~~b]", r"(a)(?(+1)a|b)"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        re.compile(pattern)
    print(pattern, [(w.category.__name__, str(w.message)) for w in caught])

# Errors are raised again.
for pattern, flags in [("(", 0), ("a{2,1}", 0), (r"\p", 0), ("(?P<1>x)", 0), ("x", re.LOCALE)]:
    try:
        re.compile(pattern, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)

# re.DEBUG prints the parse every time.
re.purge()
re.compile(r"a|b", re.DEBUG)
sys.stdout.flush()
