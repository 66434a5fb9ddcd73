# Read-only fields CPython declares as members (complex.real, property.fget, slice.start,
# classmethod.__func__/__wrapped__, method.__self__) are member_descriptors that refuse
# to be set with "readonly attribute"; classmethod/staticmethod copy the callable's
# __module__, __name__, __qualname__, __doc__ and __annotations__ into their __dict__.


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for d in (complex.real, complex.imag, property.fget, slice.start, range.stop,
          classmethod.__func__, staticmethod.__wrapped__):
    print(type(d).__name__, repr(d), d.__doc__)


class C:
    def m(self):
        pass


print(type(C.m.__get__(C())).__dict__["__self__"], type(C().m).__func__.__doc__)
p = property(lambda s: 1)
t("set fget", lambda: setattr(p, "fget", 42))
t("del fset", lambda: delattr(p, "fset"))
t("set real", lambda: setattr(1j, "real", 2.0))
t("set start", lambda: setattr(slice(1), "start", 0))
t("del step", lambda: delattr(range(3), "step"))
t("set __func__", lambda: setattr(classmethod(len), "__func__", len))
t("set __self__", lambda: setattr(C().m, "__self__", 1))
print((1 + 2j).real, (1 + 2j).imag, slice(1, 2).stop, range(1, 5, 2).step)


def f(a: int) -> str:
    "doc of f"


cm = classmethod(f)
print(cm.__dict__ == {"__module__": "__main__", "__name__": "f", "__qualname__": "f",
                      "__doc__": "doc of f", "__annotations__": {"a": int, "return": str}})
print(list(cm.__dict__), cm.__wrapped__ is f, cm.__func__ is f)
print(sorted(classmethod(len).__dict__.items()))
print(staticmethod(None).__dict__)
sm = staticmethod(f)
sm.x = 42
print(sm.x, sorted(sm.__dict__))
print("__wrapped__" in sm.__dict__, sm.__wrapped__ is f)
