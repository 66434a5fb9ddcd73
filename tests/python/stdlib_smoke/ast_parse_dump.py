# ast: parse, dump (with and without indent), positions, walk, get_source_segment.
import ast

src = '''\
def f(a, /, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    x = [i * 2 for i in range(a) if i % 2]
    return x[0] + b if x else -1

class C(Base, metaclass=M):
    y: int = 3
    @prop
    def g(self): ...
'''
tree = ast.parse(src)
print(ast.dump(tree)[:300])
print(ast.dump(tree.body[0].args, indent=2))
print(ast.dump(ast.parse("x = 1"), include_attributes=True))
print(ast.dump(ast.parse("a.b[c] += 1"), annotate_fields=False))
print(ast.dump(ast.parse("f'{x!r:>{w}}'", mode="eval"), indent=1))

for node in ast.walk(tree):
    if isinstance(node, (ast.Name, ast.Constant, ast.FunctionDef, ast.ClassDef)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(src, node))[:40])

# padded segments of multi-line nodes
ret = tree.body[0].body[2]
print(repr(ast.get_source_segment(src, ret)))
cls = tree.body[1]
print(repr(ast.get_source_segment(src, cls, padded=True)))
print(ast.get_docstring(tree.body[0]), ast.get_docstring(cls))

# non-ASCII: col offsets are UTF-8 byte offsets
t = ast.parse("s = 'héllo' + ñ")
for n in ast.walk(t):
    if hasattr(n, "col_offset"):
        print(type(n).__name__, n.col_offset, n.end_col_offset)
print(repr(ast.get_source_segment("s = 'héllo' + ñ", t.body[0].value.right)))

# modes
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': _} if r: pass\n")))
try:
    ast.parse("x = (1,", "<mine>")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("f(**a, *b)")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.end_offset)

# node construction, fields, equality is identity
n = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(n), n._fields, ast.BinOp._fields, ast.Constant._fields)
print(ast.Name._attributes, ast.expr_context.__subclasses__())
print(isinstance(n, ast.expr), issubclass(ast.Add, ast.operator), ast.AST in ast.Add.__mro__)
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
m = ast.Name("x")
print(hasattr(m, "ctx"), m.id)
try:
    m.lineno
except AttributeError as e:
    print("AttributeError", e)
print(ast.dump(ast.Module(body=[], type_ignores=[])))
print(ast.increment_lineno(ast.parse("a\nb"), 5).body[1].lineno)
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x", mode="eval").body)])
print(ast.Constant(value=...).value, ast.Constant(5).kind)
# parsed operators and contexts are shared singletons; constructed ones are new objects
a, b = ast.parse("x + y").body[0].value, ast.parse("z + w").body[0].value
print(a.left.ctx is b.right.ctx, a.op is b.op, ast.Load() is ast.Load(), type(a.op).__name__)
