# compile() of hand-built match statements: the AST validator's rules for each pattern kind
# (literal values, singletons, stars, captures, mappings, classes, or-patterns).
import ast


def loc(n):
    n.lineno = n.end_lineno = 1
    n.col_offset = n.end_col_offset = 0
    return n


def try_pattern(pat):
    case = ast.match_case(pat, None, [loc(ast.Pass())])
    tree = ast.Module([loc(ast.Match(loc(ast.Constant(1)), [case]))], [])
    try:
        compile(tree, "<ast>", "exec")
        print("ok")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)


C = lambda v: loc(ast.Constant(v))
N = lambda n="x", ctx=ast.Load: loc(ast.Name(n, ctx()))
B = lambda a, op, b: loc(ast.BinOp(a, op, b))
U = lambda v, op=ast.USub: loc(ast.UnaryOp(op(), v))
V = lambda e: loc(ast.MatchValue(e))
AS = lambda p=None, n=None: loc(ast.MatchAs(p, n))
STAR = lambda n: loc(ast.MatchStar(n))

print("values")
for e in [C(1), C(None), C(True), C(...), C((1,)), C(b"x"), C(1.5), C(1j), C("s"), C(frozenset()),
          U(C(1)), U(C(1), ast.Not), U(C(1j)), U(C(True)), U(C("s")), U(N()), U(U(C(1))),
          B(C(1), ast.Add(), C(1j)), B(C(1), ast.Sub(), C(1j)), B(C(1.5), ast.Add(), C(1j)),
          B(U(C(1)), ast.Add(), C(1j)), B(C(1), ast.Mult(), C(1)), B(C(1), ast.Add(), C(1)),
          B(C(1j), ast.Add(), C(1j)), B(C(1), ast.Add(), C(1.5)), B(N(), ast.Add(), C(1j)),
          B(C(True), ast.Add(), C(1j)), B(C(1), ast.Add(), U(C(1j))),
          B(B(C(1), ast.Add(), C(1j)), ast.Add(), C(1j)), loc(ast.JoinedStr([C("a")])),
          loc(ast.Attribute(N("a"), "b", ast.Load())), N(), N("x", ast.Store)]:
    try_pattern(V(e))
print("singletons")
for s in [None, True, False, 0, "x"]:
    try_pattern(loc(ast.MatchSingleton(s)))
print("sequences and stars")
try_pattern(loc(ast.MatchSequence([STAR("x"), STAR("y")])))
try_pattern(loc(ast.MatchSequence([STAR(None)])))
try_pattern(loc(ast.MatchSequence([STAR("_")])))
try_pattern(STAR(None))
try_pattern(AS(STAR("x"), "y"))
try_pattern(loc(ast.MatchOr([AS(None, "x"), STAR("y")])))
print("mappings")
try_pattern(loc(ast.MatchMapping([C(1)], [AS(None, "a")], "_")))
try_pattern(loc(ast.MatchMapping([C(1)], [AS(None, "a")], "None")))
try_pattern(loc(ast.MatchMapping([N()], [AS(None, "a")], None)))
try_pattern(loc(ast.MatchMapping([loc(ast.Attribute(N("a"), "b", ast.Load()))], [AS(None, "a")], None)))
try_pattern(loc(ast.MatchMapping([C(None)], [AS(None, "a")], None)))
try_pattern(loc(ast.MatchMapping([C(1)], [], None)))
print("classes")
try_pattern(loc(ast.MatchClass(N("C"), [], ["a", "b"], [AS(), AS()])))
try_pattern(loc(ast.MatchClass(N("C"), [], ["a"], [])))
try_pattern(loc(ast.MatchClass(N("C"), [], ["None"], [AS()])))
try_pattern(loc(ast.MatchClass(loc(ast.Attribute(N("a"), "C", ast.Load())), [], [], [])))
try_pattern(loc(ast.MatchClass(C(1), [], [], [])))
try_pattern(loc(ast.MatchClass(loc(ast.Call(N("C"), [], [])), [], [], [])))
try_pattern(loc(ast.MatchClass(N("C", ast.Store), [], [], [])))
print("captures and or-patterns")
try_pattern(AS(AS(None, "x"), None))
try_pattern(AS(None, "None"))
try_pattern(AS(None, "_"))
try_pattern(AS(None, "x"))
try_pattern(loc(ast.MatchOr([])))
try_pattern(loc(ast.MatchOr([AS()])))
try_pattern(loc(ast.MatchOr([V(C(1)), V(C(2))])))
