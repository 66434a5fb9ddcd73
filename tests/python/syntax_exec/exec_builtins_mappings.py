# exec()/eval() with globals or __builtins__ that are not exactly dicts: names are looked
# up by mapping[name] (a subclass's __getitem__ runs; only KeyError means "absent"), and
# __builtins__ may be any object, whose lookups then fail as subscripting it does.
import sys


def attempt(src, g, l=None):
    try:
        exec(src, g, l) if l is not None else exec(src, g)
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


code = compile("print('Hello World!')", "", "exec")
for b in [{}, 123, None, [1], "str", {"print": lambda *a: sys.stdout.write("mine\n")}]:
    print(repr(b)[:20], attempt(code, {"__builtins__": b}))


class SetOnlyError(Exception):
    pass


class SetOnly(dict):
    def __getitem__(self, key):
        raise SetOnlyError(key)


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


class Logging(dict):
    def __getitem__(self, key):
        v = dict.__getitem__(self, key)
        print("   getitem", key)
        return v


print(attempt("globalname", SetOnly({"globalname": 1})))
print(attempt("superglobal", {"__builtins__": SetOnly({"superglobal": 1})}))
print(attempt("print(nothere)", {"__builtins__": Missing(print=print)}))
print(attempt("class A: pass", {"__builtins__": {}}))
print(attempt("class A: pass", {"__builtins__": Missing()}))
print(attempt("class A: pass", {"__builtins__": SetOnly()}))
print(attempt("class A: pass\nprint(A.__name__)", {"__builtins__": Logging(__build_class__=__build_class__, print=print)}))

# LOAD_GLOBAL in functions: subclass globals are asked through __getitem__, module-level
# LOAD_NAME reads them as a plain dict.
src = """
def f(n):
    total = 0
    for i in range(n):
        total += value
    return total
print(f(3))
"""
g = Logging(value=2, range=range, print=print)
print(attempt(src, g))
g = Missing(range=range, print=print)
print(attempt("def f(): return undefined_name\nprint(f())", g))
print(attempt("print(undefined_name)", Missing(print=print)))

# A hot loop keeps asking (no cache for such globals).
counts = {"n": 0}


class Counting(dict):
    def __getitem__(self, key):
        if key == "value":
            counts["n"] += 1
        return dict.__getitem__(self, key)


g = Counting(value=1, range=range)
exec("def f(n):\n    t = 0\n    for i in range(n):\n        t += value\n    return t", g)
print(g["f"](2000), counts["n"])

# __builtins__ and f_builtins show the object given.
b = Missing(print=print)
g = {"__builtins__": b}
exec("def h(): pass", g)
print(g["h"].__builtins__ is b)
g = {"__builtins__": b, "sys": sys}
exec("fb = sys._getframe().f_builtins", g)
print(g["fb"] is b)
g = {"__builtins__": 123}
exec("def h(): pass", g) if False else None
print(eval("lambda: 1", {"__builtins__": 123}).__builtins__)

# The import statement reads __import__ from a dict subclass as from a dict.
class Plain(dict):
    pass


g = {"__builtins__": Plain(__import__=__import__, print=print)}
print(attempt("import sys\nprint(sys.__name__)", g))
print(attempt("import sys", {"__builtins__": Missing()}))
