# A starred target can be assigned to but never deleted, at any depth; the error points at
# the star. Other invalid deletion targets keep their own words.
for src in ["del (*x,)", "del [*x]", "del *x,", "del (a, *b)", "del (a, [b, *c])",
            "del a, (b, *c), d", "del f()", "del a + b", "del (a, b + 1)", "del [a, (b)]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["(*x,) = [1]", "[a, *b] = 1, 2", "for a, *b in []: pass"]:
    compile(src, "<s>", "exec")
    print(repr(src), "ok")
