# ast: unparse round trips, literal_eval and its ValueErrors, NodeTransformer/Visitor,
# fix_missing_locations, copy_location, compile of a built tree.
import ast

cases = [
    "x = a if b else c",
    "f(*args, k=1, **kw)",
    "lambda x, /, y=2, *, z: (x, y, z)",
    "print(f'{a!r:>{w}} {b=} {{lit}}')",
    "a[1:2, ::3] = -b ** -c",
    "(yield)",
    "async def g():\n    async with a as b, c:\n        await d\n    return [x async for x in y]",
    "del a.b, c[0]",
    "x = (1,)",
    "x = ()",
    "not (a and b or c)",
    "a < b <= c is not d not in e",
    "raise E from None",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\nfinally:\n    pass",
    "match x:\n    case Point(x=0, y=_) | [1, 2, *rest] if rest:\n        pass\n    case {'a': 1, **kw}:\n        pass",
    "global a, b",
    "@dec\nclass K(B, metaclass=M):\n    x: int = 1",
    "s = 'a' 'b' \"c\\n\" r'\\d'",
    "b = b'\\x00\\xff'",
    "n = 1e400, -0.0, 1j, 0x10",
    "x = {**a, 'b': 1}, {*s}, {1: 2 for k in v}",
    "(a := 10)",
    "assert x, 'msg'",
    "import a.b as c\nfrom ..m import (x as y, z)",
    "while 1:\n    break\nelse:\n    continue",
]
for src in cases:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    # round trip is stable
    assert ast.dump(ast.parse(out)) == ast.dump(tree), src
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Sub(), ast.Name("b")), ast.Sub(),
                            ast.BinOp(ast.Name("c"), ast.Sub(), ast.Name("d")))))
print(ast.unparse(ast.parse("1 + 2", mode="eval")))

# literal_eval
for s in ["1", "-1.5", "+3", "1+2j", "-(1)", "(1, [2, {'a': {3}}], None, True)",
          "  {1: b'x', 'k': ...}", "set()", "'''tri'''", "\t[\n1,\n2]"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        print("ValueError", e)
for s in ["x", "f()", "1 + x", "[1, 2][0]", "{*a}", "2 ** 3", "1 + 2", "-'a'",
          "{1: 2, 3: f}", "set(1)", "a.b", "1 if 2 else 3"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        # the message holds the node's default repr: keep the part before the address
        print("ValueError", str(e).split(" at 0x")[0])
for s in ["(", "1 2"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(ast.literal_eval(ast.Constant(value=[1])))
try:
    ast.literal_eval(ast.Name("q"))
except ValueError as e:
    print("ValueError", str(e).split(" at 0x")[0])


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 2)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id == "drop":
            return None
        return node

    def visit_Pass(self, node):
        return [ast.Expr(ast.Constant("p1")), ast.Expr(ast.Constant("p2"))]


tree = ast.parse("x = 1 + 2\ndrop\nif x:\n    pass\nprint(x, 'a', 5)\n")
tree = Double().visit(tree)
print(ast.unparse(tree))
try:
    compile(tree, "<t>", "exec")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
tree = ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, "<t>", "exec"), ns)
print(ns["x"])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))

    def visit_Call(self, node):
        self.names.append("call")
        self.generic_visit(node)


c = Counter()
c.visit(ast.parse("a = b(c, d=e)\nf.g = h[i]"))
print(c.names)

old = ast.parse("y", mode="eval").body
new = ast.copy_location(ast.Name("z", ast.Load()), old)
print(new.lineno, new.col_offset, new.end_col_offset)
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
