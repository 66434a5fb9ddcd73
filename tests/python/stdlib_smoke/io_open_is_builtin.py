# io.open is the built-in open(): a builtin function, which does not bind as a method
# when a class keeps it as an attribute, with its text signature.
import io, inspect, builtins, _io
print(open, open.__module__, io.open is open, _io.open is open, type(open))
print(inspect.signature(open))
print(open.__doc__.splitlines()[0])
print(open.__qualname__)


class A:
    open = io.open


a = A()
f = a.open(__file__)
print(type(f).__name__, f.name == __file__)
f.close()
