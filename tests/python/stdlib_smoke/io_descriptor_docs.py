# The docstrings of _io's attributes, as CPython's getset descriptors carry them.
import _io

for cls, name in [
    (_io.FileIO, "closed"),
    (_io.FileIO, "closefd"),
    (_io.FileIO, "mode"),
    (_io.BytesIO, "closed"),
    (_io._TextIOBase, "encoding"),
    (_io._TextIOBase, "newlines"),
    (_io._TextIOBase, "errors"),
]:
    print(cls.__name__, name, repr(getattr(cls, name).__doc__))
print(complex.real.__doc__)
