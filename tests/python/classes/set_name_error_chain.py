# An exception from __set_name__ becomes a RuntimeError whose __cause__ and __context__
# are both the original (CPython's _PyErr_FormatFromCause); functools.cached_property
# reused under a second name is the common case.
import functools


class D:
    def __set_name__(self, owner, name):
        raise TypeError("boom " + name)


try:

    class C:
        x = D()

except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)

try:

    class Reused:
        @functools.cached_property
        def a(self):
            pass

        b = a

except RuntimeError as e:
    print(repr(e))
    print(repr(e.__context__))
