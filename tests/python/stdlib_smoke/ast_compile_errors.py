# compile() of hand-built AST objects: conversion errors (missing fields, wrong types, wrong
# module kind) and the validator's errors (contexts, empty bodies, inconsistent nodes).
import ast


def loc(node):
    node.lineno = node.end_lineno = 1
    node.col_offset = node.end_col_offset = 0
    return node


def try_compile(tree, mode="exec"):
    try:
        code = compile(tree, "<ast>", mode)
        print("ok", code.co_name)
    except (TypeError, ValueError, SyntaxError) as e:
        # messages may hold a node's default repr: keep the part before the address
        print(type(e).__name__, str(e).split(" at 0x")[0])


E = ast.Expression
M = lambda *body: ast.Module(list(body), [])
one = lambda: loc(ast.Constant(1))
name = lambda n, ctx=ast.Load: loc(ast.Name(n, ctx()))
noargs = lambda: ast.arguments([], [], None, [], [], None, [])

# conversion
try_compile(E(body=1), "eval")
try_compile(E(body=ast.Add()), "eval")
try_compile(M(1))
try_compile(M(ast.Expr(1, lineno=1, col_offset=0)))
try_compile(E(ast.Constant(1, lineno="a", col_offset=0)), "eval")
try_compile(E(ast.Name(1, ast.Load(), lineno=1, col_offset=0)), "eval")
try_compile(E(ast.Constant([1], lineno=1, col_offset=0)), "eval")
try_compile(ast.Module(ast.Pass(), []))
try_compile(M(ast.Expr(one())), "eval")
try_compile(E(one()), "exec")
try_compile(name("x"), "exec")
try_compile(ast.Interactive([]), "exec")
try_compile(M(), "single")
try_compile(ast.Interactive([loc(ast.Expr(one()))]), "single")
try_compile(E(loc(ast.Call(name("f"), [], [ast.keyword(None, one())]))), "eval")
try_compile(M(loc(ast.Expr(loc(ast.Pass())))))
print(compile(M(), "<ast>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)

# validation
try_compile(E(name("x", ast.Store)), "eval")
try_compile(E(name("x", ast.Del)), "eval")
try_compile(M(loc(ast.Assign([name("x")], one()))))
try_compile(M(loc(ast.Assign([loc(ast.Call(name("f"), [], []))], one()))))
try_compile(M(loc(ast.Delete([name("x", ast.Store)]))))
try_compile(M(loc(ast.Assign([], one()))))
try_compile(M(loc(ast.FunctionDef("f", noargs(), [], [], None))))
try_compile(M(loc(ast.If(one(), [], []))))
try_compile(M(loc(ast.While(one(), [loc(ast.Pass())], []))))
try_compile(M(loc(ast.Try([loc(ast.Pass())], [], [], []))))
try_compile(M(loc(ast.Try([loc(ast.Pass())], [], [loc(ast.Pass())], []))))
try_compile(M(loc(ast.Import([]))))
try_compile(M(loc(ast.ImportFrom("m", [ast.alias("x")], -1))))
try_compile(M(loc(ast.Raise(None, one()))))
try_compile(E(loc(ast.BoolOp(ast.And(), [one()]))), "eval")
try_compile(E(loc(ast.Compare(one(), [], []))), "eval")
try_compile(E(loc(ast.Compare(one(), [ast.Lt()], [one(), one()]))), "eval")
try_compile(E(loc(ast.Dict([one()], []))), "eval")
try_compile(E(loc(ast.ListComp(one(), []))), "eval")
try_compile(E(name("None")), "eval")
try_compile(E(loc(ast.Lambda(ast.arguments([], [], None, [], [], None, [one()]), one()))), "eval")
try_compile(E(loc(ast.Lambda(ast.arguments([], [], None, [ast.arg("k")], [], None, []), one()))), "eval")
try_compile(M(loc(ast.Global([]))))
try_compile(M(loc(ast.With([], [loc(ast.Pass())]))))
try_compile(E(loc(ast.Starred(name("x"), ast.Load()))), "eval")
try_compile(E(ast.Constant(1, lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)), "eval")
try_compile(M(loc(ast.AugAssign(name("x"), ast.Add(), one()))))
ok = ast.fix_missing_locations(M(ast.Assign([ast.Name("x", ast.Store())], ast.Constant(1))))
try_compile(ok)
ns = {}
exec(compile(ok, "<ast>", "exec"), ns)
print(ns["x"])
