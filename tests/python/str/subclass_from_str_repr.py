# str() and ascii() return what __str__ / __repr__ returned when it is a str subclass
# instance (PyObject_Str, PyObject_ASCII); str() of a str subclass instance itself is an
# exact str; the iterators of str cannot be made by calling their types.
class S(str):
    pass
class WithStr:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
class WithRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
for x in (str(S('x')), str(WithStr(S('abc'))), str(WithStr('abc')), ascii(WithRepr(S('<abc>'))), ascii(WithRepr(S('é'))), ascii(S('q')), repr(WithRepr(S('r'))), f"{WithStr(S('f'))!s}", format(S('z'))):
    print(type(x).__name__, repr(x))

for cls in (type(iter("abc")), type(iter("\U0001f680"))):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
