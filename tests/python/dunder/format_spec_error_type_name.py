# A bad format spec names the value's own type, a subclass included, as CPython's
# formatters do (Py_TYPE(obj)->tp_name), not the builtin base type.
class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class C(complex):
    pass


for v in (S("x"), I(5), F(2.5), C(1j), True, "x", 5, 2.5, 1j):
    for spec in ("d", "s", "abc", "=^"):
        try:
            print(type(v).__name__, repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(type(v).__name__, repr(spec), "ValueError:", e)
    try:
        print(f"{v:q}")
    except ValueError as e:
        print("f-string ValueError:", e)
