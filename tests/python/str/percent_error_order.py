# printf-style formatting reads the format once, left to right: conversions before a bad
# field run (with their side effects) before its error, and a mapping key or a `*` argument
# is read before the width or precision that follows it fails. The same format used again
# (formats are cached by their text) behaves the same.


class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print("  str of", self.name)
        return self.name

    def __index__(self):
        print("  index of", self.name)
        return 3


class LoudMap(dict):
    def __getitem__(self, key):
        print("  lookup", key)
        return super().__getitem__(key)


cases = [
    ("%s %y", (Loud("a"), 1)),
    ("%s %", (Loud("a"),)),
    ("%s %(", LoudMap(a=1)),
    ("%(a)s %(b", LoudMap(a=Loud("x"))),
    ("%(a)s %(b)99999999999d", LoudMap(a=Loud("x"), b=1)),
    ("%s %.99999999999f", (Loud("a"), 1.5)),
    ("%s %99999999999999999999d", (Loud("a"), 1)),
    ("%s %*s", (Loud("a"), 99999999999, Loud("b"))),
    ("%s %*d", (Loud("a"),)),
    ("%s %*d", (Loud("a"), "w", 1)),
    ("%s %.*f", (Loud("a"), Loud("p"), 1.5)),
    ("%s %s", (Loud("a"),)),
    ("%s", (Loud("a"), Loud("b"))),
    ("%(a)s", (1,)),
    ("%(a)s %s", LoudMap(a=1)),
    ("no conversions", ()),
    ("no conversions", (1,)),
    ("no conversions", {"k": 1}),
    ("%%%s%%", (Loud("a"),)),
    ("%-*s|%*s|", (-5, "l", -4, "r")),
    ("%c%c", (0x1F600, "\U0001F601")),
    ("\U0001F600 %s \U0001F601 %d%%", ("astral", 42)),
    ("%d %i %u %5d %-5d| %05d %+d % d", (1, -2, 3, 4, 5, 6, 7, 8)),
    ("%d %d", (2 ** 70, True)),
    ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)),
    ("%.3s|%10.2s|", ("abcdef", "xyz")),
]
for fmt, args in cases:
    for attempt in range(2):
        try:
            print(repr(fmt % args))
        except Exception as e:
            print(type(e).__name__, e)

for fmt, args in [(b"%s %y", (b"a", 1)), (b"%(a)s %.99999999999f", {b"a": b"x"}), (b"%b%%%c", (b"q", 65))]:
    for attempt in range(2):
        try:
            print(fmt % args)
        except Exception as e:
            print(type(e).__name__, e)
