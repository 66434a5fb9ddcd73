# ast.parse(type_comments=True): type comments on assignments, for, with, defs; ignores.
import ast

src = '''\
x = []  # type: list[int]
for i in y:  # type: int
    pass
with open(f) as g:  # type: IO[str]
    pass
def f(a,  # type: int
      b):
    # type: (...) -> str
    pass
def h(a, b):  # type: (int, str) -> None
    pass
z = 1  # type: ignore[attr]
w = 2  # type: ignore
'''
t = ast.parse(src, type_comments=True)
print(ast.dump(t, indent=1))
print(ast.dump(ast.parse(src)) == ast.dump(t))
print([tc.lineno for tc in t.type_ignores], [tc.tag for tc in t.type_ignores])
