# A method-wrapper (a slot wrapper bound to an instance) knows the class that defined the
# slot (__objclass__), its instance (__self__) and its name; comparison is by both.
l = []
w = l.__add__
print(w.__objclass__, w.__self__ is l, w.__name__, w.__qualname__)
print(w == l.__add__, w != l.__add__, w == [].__add__, w == l.__mul__)
print(w.__doc__ == list.__add__.__doc__)
print((1).__add__.__objclass__, "x".__mul__.__objclass__)


class A:
    pass


a = A()
print(a.__init__.__objclass__, a.__str__.__objclass__, a.__eq__.__objclass__)
print(type(a.__init__).__name__, type(w).__name__)
print(type(a.__init__.__objclass__).__name__)
hash(w)
try:
    w < w
except TypeError as e:
    print("TypeError:", e)
for name in ("__objclass__", "__self__", "__name__"):
    print(name, name in type(w).__dict__, name in type(len).__dict__)
try:
    w.__objclass__ = int
except AttributeError as e:
    print("AttributeError:", e)
