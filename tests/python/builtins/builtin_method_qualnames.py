# __qualname__, __self__ and __module__ of built-in functions and methods, including
# the static methods of built-in types (str.maketrans, bytes.maketrans).
import math

print(len.__qualname__, math.sqrt.__qualname__, math.sqrt.__module__)
cases = [
    ("dict.fromkeys", dict.fromkeys),
    ("float.__getformat__", float.__getformat__),
    ("str.maketrans", str.maketrans),
    ("''.maketrans", "".maketrans),
    ("bytes.maketrans", bytes.maketrans),
    ("bytearray.maketrans", bytearray.maketrans),
    ("[].append", [].append),
    ("{}.pop", {}.pop),
]
for label, f in cases:
    s = f.__self__
    s = s.__name__ if isinstance(s, type) else type(s).__name__
    print(label, f.__qualname__, f.__name__, s, f.__module__)
print(str.maketrans("ab", "cd"), bytearray.maketrans(b"a", b"b")[97])
print(repr(str.maketrans).split(" at ")[0])
