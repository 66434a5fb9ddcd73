# isinstance/issubclass look __bases__ and __class__ up as _PyObject_LookupAttr does: an
# AttributeError raised by a property counts as "no attribute" (then TypeError); other
# exceptions propagate.
class I:
    pass


class C:
    def getbases(self):
        raise AttributeError

    __bases__ = property(getbases)


class S(C):
    pass


for f, args in [(isinstance, (I(), C())), (issubclass, (C(), int)), (issubclass, (int, C())), (issubclass, (S(), int))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)


class R:
    def getclass(self):
        raise RuntimeError

    __class__ = property(getclass)


try:
    isinstance(R(), bool)
except RuntimeError:
    print("RuntimeError")
print(hasattr(C(), "__bases__"), getattr(C(), "__bases__", "dflt"))
