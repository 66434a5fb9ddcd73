# object.__setattr__ / __delattr__ refuse to jump over a built-in type's own __setattr__
# (type's, so built-in classes stay immutable), but work through Python overrides and on
# objects whose type uses the generic algorithm (modules, functions, exceptions).
import sys


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Meta(type):
    def __setattr__(self, k, v):
        print("Meta.__setattr__", k)


class M2(type):
    pass


class X(metaclass=Meta):
    pass


class Y(metaclass=M2):
    pass


class P:
    def __setattr__(self, k, v):
        print("P.__setattr__", k)
        object.__setattr__(self, k, v * 2)


t("str set", lambda: object.__setattr__(str, "foo", 42))
t("str del", lambda: object.__delattr__(str, "lower"))
t("setattr str", lambda: setattr(str, "foo", 42))
t("Meta class", lambda: object.__setattr__(X, "a", 1))
t("M2 class", lambda: object.__setattr__(Y, "a", 1))
t("type.__setattr__ Y", lambda: type.__setattr__(Y, "a", 1))
t("Y.a", lambda: Y.a)
t("int instance", lambda: object.__setattr__(1, "a", 1))
t("module set", lambda: object.__setattr__(sys, "_probe", 1))
t("module get", lambda: sys._probe)
t("module del", lambda: object.__delattr__(sys, "_probe"))
t("module gone", lambda: hasattr(sys, "_probe"))
p = P()
p.x = 5
t("P.x", lambda: p.x)
t("object on P", lambda: object.__setattr__(p, "y", 3))
t("P.y", lambda: p.y)


def f():
    pass


t("function", lambda: object.__setattr__(f, "a", 1))
t("function a", lambda: f.a)
e = ValueError()
t("exception", lambda: object.__setattr__(e, "a", 2))
t("exception a", lambda: e.a)
