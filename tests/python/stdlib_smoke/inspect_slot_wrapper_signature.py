# Slot wrappers and method-wrappers carry CPython's __text_signature__, so that
# inspect.signature works on them (gh-93021: __get__'s owner defaults to None).
import inspect


class C:
    pass


wrappers = [
    object.__init__.__get__,
    object.__init__,
    object().__init__,
    object.__repr__,
    object().__setattr__,
    object.__lt__,
    int.__add__,
    (1).__radd__,
    int.__pow__,
    (2).__rpow__,
    int.__neg__,
    float.__bool__,
    dict.__setitem__,
    dict.__delitem__,
    type.__call__,
    C.__dict__["__weakref__"].__get__,
    object.__new__,
    int.__new__,
]
for f in wrappers:
    sig = inspect.signature(f)
    print(f.__text_signature__, sig, list(sig.parameters))
sig = inspect.signature(object.__init__.__get__)
print(sig.parameters["owner"].default, sig.parameters["instance"].kind)
print(object.__init__.__doc__)
