# Assigning __bases__ recomputes the MRO, which refuses a base named twice as a class
# statement does; the failed assignment leaves the class as it was.
class A:
    pass


class B(A):
    pass


class C(tuple):
    pass


def attempt(cls, bases):
    try:
        cls.__bases__ = bases
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)
    print([k.__name__ for k in cls.__bases__], [k.__name__ for k in cls.__mro__])


class D(B):
    pass


attempt(D, (A, A))
attempt(D, (B, B))
attempt(D, (A, B))
attempt(D, (B, A))
attempt(C, (tuple, tuple))

try:
    class E(B, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("F", (A, A), {})
except TypeError as e:
    print("TypeError:", e)
