# type.__doc__ is a data descriptor of the metaclass: type.__dict__['__doc__'] is a getset
# that sets a class's docstring and refuses built-in types and deletion with CPython's words.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__, X().__doc__)
d = type(list).__dict__["__doc__"]
print(d, type(d).__name__)
t("set list", lambda: d.__set__(list, "blah"))
t("del X", lambda: d.__delete__(X))
t("del list", lambda: d.__delete__(list))
t("setattr list", lambda: setattr(list, "__doc__", "x"))
t("delattr X", lambda: delattr(X, "__doc__"))
print(X.__doc__)
print(type.__doc__)
print(d.__get__(type))
print(d.__get__(object)[:20])
class M(type): pass
print(M.__doc__, M.__dict__['__doc__'])
class Y: pass
print(Y.__doc__)
class Z:
    @property
    def __doc__(self): return "instance doc"
print(Z().__doc__, type(Z.__doc__).__name__)

print(type(type.__dict__['__doc__']).__name__)
t("set via d", lambda: d.__set__(Y, "new"))
print(Y.__doc__)
