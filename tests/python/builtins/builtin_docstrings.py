# Built-in functions, types, methods and attributes carry CPython's docstrings; a
# built-in type without one has __doc__ None of its own (instances don't see object's).
print(divmod.__doc__)
print(len.__doc__)
print(repr(print.__doc__[:40]))
print(int.__doc__.splitlines()[0], "|", list.__doc__.splitlines()[0])
print(list.append.__doc__, [].append.__doc__ == list.append.__doc__)
print(str.lower.__doc__, "".lower.__doc__ == str.lower.__doc__)
print(dict.fromkeys.__doc__)
print(complex.real.__doc__, "|", complex.imag.__doc__)
print(int.__add__.__doc__, (1).__add__.__doc__)
print(ValueError.__doc__, "|", KeyError.__doc__)
print(None.__doc__, type(None).__doc__, (...).__doc__)
print("__doc__" in int.__dict__, int.__dict__["__doc__"] == int.__doc__)
print(type.__doc__.splitlines()[0], "|", object.__doc__.splitlines()[0])


class C(int):
    pass


class D(int):
    "D's doc"


print(C.__doc__, C().__doc__, D.__doc__, D(3).__doc__)
print(sorted(k for k in ("abs", "min", "max", "sorted", "iter") if globals()["__builtins__"].__dict__[k].__doc__))
