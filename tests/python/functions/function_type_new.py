# types.FunctionType(code, globals, name, argdefs, closure), __code__ assignment and
# the builtins a function takes from its globals.
import types

F = types.FunctionType


def f(a, b=1):
    "doc of f"
    return a + b


def outer():
    y = 10

    def h():
        return y

    return h


h = outer()


def show(fn):
    print(fn.__name__, fn.__qualname__, fn.__defaults__, fn.__doc__, fn.__module__)


show(F(f.__code__, {}))
show(F(f.__code__, {"__name__": "mod"}, "renamed", (5,)))
print(F(f.__code__, {}, None, (5,))(1))
print(F(h.__code__, {}, None, None, h.__closure__)())
show(F(code=f.__code__, globals={}, name="kw"))

bad = [
    (1, {}),
    (f.__code__, 1),
    (f.__code__, {}, 3),
    (f.__code__, {}, None, [1]),
    (f.__code__, {}, None, None, 3),
    (f.__code__, {}, None, None, (1,)),
    (h.__code__, {}),
    (h.__code__, {}, None, None, ()),
    (h.__code__, {}, None, None, (1,)),
    (f.__code__, {}, None, None, None, 1),
    (),
    (f.__code__,),
]
for args in bad:
    try:
        F(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in [{"bogus": 1}, {"code": f.__code__}]:
    try:
        F(f.__code__, {}, **kw)
    except TypeError as e:
        print(type(e).__name__, e)


# __code__ must be a code object with as many free variables as the function has cells
def g():
    return 3


g.__code__ = f.__code__
print(g(2, 3))
for target, code in [(g, h.__code__), (h, g.__code__), (g, 5)]:
    try:
        target.__code__ = code
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del g.__code__
except TypeError as e:
    print(type(e).__name__, e)


# builtins: from globals' __builtins__ when it has one, else the creator's
def length(s):
    return len(s)


ns = {}
length2 = F(length.__code__, ns)
print(length2("abc"), ns, length2.__builtins__ is length.__builtins__)
print(type(__builtins__).__name__, type(length.__builtins__).__name__)

safe = {"None": None, "NameError": NameError, "len": lambda s: -1}
code = """
def func3(s):
    return len(s)
func4 = type(func3)(func3.__code__, {})
r3 = func3("ab")
r4 = func4("ab")
try:
    print
except NameError as e:
    err = e.args[0]
"""
ns = {"type": type, "__builtins__": safe}
exec(code, ns)
print(ns["func3"].__builtins__ is safe, ns["func4"].__builtins__ is safe)
print(ns["r3"], ns["r4"], ns["err"], "__builtins__" in ns["func4"].__globals__)

g2 = {}
exec("x = 1", g2)
print(type(g2["__builtins__"]).__name__)
