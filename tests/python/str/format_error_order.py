# str.format reads its format lazily: fields before a malformed part are looked up,
# converted and formatted (side effects and all) before the ValueError. Formats are
# cached by their text, so each case runs twice; format specs too.


class Loud:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("  format", self.name, repr(spec))
        return self.name

    def __repr__(self):
        print("  repr", self.name)
        return "Loud(%s)" % self.name

    @property
    def attr(self):
        print("  attr of", self.name)
        return self


cases = [
    ("{} {", (Loud("a"),)),
    ("{} }", (Loud("a"),)),
    ("{} {!", (Loud("a"),)),
    ("{} {0!x}", (Loud("a"),)),
    ("{!r} {:{}", (Loud("a"), Loud("b"))),
    ("{0.attr} {0.} {1}", (Loud("a"), Loud("b"))),
    ("{0.attr} {0[} {1}", (Loud("a"), Loud("b"))),
    ("{} {1}", (Loud("a"), Loud("b"))),
    ("{0} {}", (Loud("a"), Loud("b"))),
    ("{} {} {}", (Loud("a"), Loud("b"))),
    ("{0:{1}}|{0:>{1}}", ("x", 5)),
    ("{:{}{}}", (3.14159, ".", "3f")),
    ("{:{:{}}}", (1, 2, 3)),
    ("{{literal}} {}", (Loud("a"),)),
    ("{name.attr!r:>5}", ()),
]
for fmt, args in cases:
    for attempt in range(2):
        try:
            print(repr(fmt.format(*args, name=Loud("n"))))
        except Exception as e:
            print(type(e).__name__, e)

for spec in ["", ">8", "<8", "^8", "*^9", "+", "08.3f", ",", "_", ".2%", "e", "#x", "x", ",d", "z.1f", "=+8"]:
    for value in (1234.5678, -0.0, 255, -7):
        for attempt in range(2):
            try:
                print(spec, repr(format(value, spec)))
            except ValueError as e:
                print(spec, "ValueError", e)
for spec in ["s", ">5s", "d", "=5", "+"]:
    for attempt in range(2):
        try:
            print(spec, repr(format("ab", spec)))
        except ValueError as e:
            print(spec, "ValueError", e)
