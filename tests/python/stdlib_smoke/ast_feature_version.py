# ast.parse(feature_version=...): syntax newer than the requested version is refused with
# CPython's messages; older syntax still parses.
import ast

cases = [
    ("match x:\n case 1: pass", (3, 9)),
    ("(a := 1)", (3, 7)),
    ("def f(a, /): pass", (3, 7)),
    ("with (a as b, c as d): pass", (3, 8)),
    ("try:\n pass\nexcept* E:\n pass", (3, 10)),
    ("x[*a]", (3, 10)),
    ("f'{x=}'", (3, 7)),
    ("async def f(): await x", (3, 4)),
    ("x: int = 1", (3, 5)),
    ("1_000", (3, 5)),
    ("def f(): return *a, *b", (3, 7)),
    ("if x:\n    pass", (3, 4)),
    ("match x:\n case 1: pass", (3, 10)),
]
for src, version in cases:
    try:
        tree = ast.parse(src, feature_version=version)
        print(version, "ok", type(tree.body[0]).__name__)
    except SyntaxError as e:
        print(version, "SyntaxError", e.msg, e.lineno)
