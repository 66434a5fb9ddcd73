# Errors of f(*x) / f(**x) name the callee as CPython's _PyObject_FunctionStr:
# "mod.qualname()" for functions and types, plain str(f) for anything without __qualname__.
def h():
    pass


class C:
    def m(self):
        pass


class Named:
    __qualname__ = "Fancy"


class Plain:
    def __str__(self):
        return "<a Plain>"

    def __call__(self, *a, **k):
        return a, k


callees = [None, 1, "x", 2.5, len, h, int, [].append, C().m, Plain(), Named]
for f in callees:
    try:
        f(*h)
    except TypeError as e:
        print(e)
    try:
        f(**h)
    except TypeError as e:
        print(e)

# A non-callable callee is reported before non-str keywords; a callable one is not.
for f in [None, 3, h, Plain(), dict]:
    try:
        f(**{1: 2})
    except TypeError as e:
        print(type(f).__name__, e)
