# An assignment expression anywhere in a comprehension's outermost iterable is a
# SyntaxError, even inside a lambda or a nested comprehension there; elsewhere it is fine.
cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "{i for i in [j for j in (k := range(5))]}",
    "{i: 1 for i in (lambda: [(y := 2) for x in 'ab'])()}",
    "[i for i in range(5) for j in (i := range(5))]",
    "[[(j := 0) for j in range(2)] for i in range(5)]",
    "[(lambda: (y := 1))() for i in range(3)]",
    "[i for i in range(3) if (lambda: (z := i))()]",
]
for src in cases:
    for wrap in ("{}", "lambda: {}"):
        code = wrap.format(src)
        try:
            compile(code, "<case>", "exec")
            print("ok", code)
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, "|", code)
print([(lambda: (y := 1))() for i in range(3)])
