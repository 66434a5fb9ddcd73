# `*args = x` has its own message, unless the annotation is a starred expression (PEP 646):
# then no invalid_* rule matches and the error is plain "invalid syntax" at the '='.
sources = [
    "def f(*args = 1): pass",
    "def f(*args: int = 1): pass",
    "def f(*args: *b = (1,)): pass",
    "def f(*args: *b=1, c): pass",
    "def f(*args: *b, c=1): pass",
    "def f(**kw: int = 1): pass",
    "lambda *a=1: 0",
    "def f(a: *b): pass",
]
for src in sources:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(src, "-> ok")
