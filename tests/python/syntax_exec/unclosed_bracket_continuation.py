# An unclosed bracket is reported even when the source ends in a line continuation.
for src in ["(1,\n", "x = [1,\n2,\n", '"\\\n"(1 for c in I,\\\n\\', "(1,\\\n", "f(a,\\", "{1:\\\n2,\\\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["x = 1 + \\", "x = 1 + \\\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
