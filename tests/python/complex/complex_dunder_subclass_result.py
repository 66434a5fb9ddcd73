# complex(x) accepts a strict complex subclass from __complex__ with a DeprecationWarning.
class Sub(complex):
    pass


class C:
    def __complex__(self):
        return Sub(1, 2)


class Bad:
    def __complex__(self):
        return None


z = complex(C())
print(z, type(z).__name__)
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
