# A comparison dunder whose lookup fails (a property raising) counts as NotImplemented;
# object.__init__'s excess-argument messages.
def booh(self):
    raise AttributeError("booh")

class E:
    __eq__ = property(booh)
    __lt__ = property(booh)

e = E()
print(E() == E(), e == e, e != E())
try:
    E() < E()
except TypeError as exc:
    print("TypeError:", exc)

class C:
    pass

for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42),
          lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42)):
    try:
        f()
    except TypeError as exc:
        print("TypeError:", exc)

class D:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

for f in (lambda: D().__init__(42), lambda: object.__init__(D(), 42)):
    try:
        f()
    except TypeError as exc:
        print("TypeError:", exc)
