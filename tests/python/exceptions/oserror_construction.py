# OSError construction as CPython: __new__ parses the arguments unless a subclass overrides
# __init__ but not __new__ (oserror_use_init); filename trimmed from args; BlockingIOError's
# characters_written exists only once set; built-in exception fields stay out of __dict__.
print(OSError(1,2).__dict__, OSError(1,2,None).args, OSError(1,2,'f').args, OSError(1,2,'f',None,None).args)
print(OSError(1,2,None,None,'g').args, str(OSError(1,2,None,None,'g')), OSError(1,2,'f',None,'g').filename2)
e = BlockingIOError(11, "x", 5); print(e.args, e.characters_written, e.filename, str(e))
e = BlockingIOError(11, "x", 5.5) if False else None
try: BlockingIOError(11, "x", 5.5)
except Exception as ex: print(type(ex).__name__, ex)
e = BlockingIOError(11, "x", "f"); print(e.args, e.filename)
try: e.characters_written
except AttributeError as ex: print("AE", ex)
e.characters_written = 7; print(e.characters_written)
try: e.characters_written = "x"
except Exception as ex: print(type(ex).__name__, ex)
try: e.characters_written = 2**70
except Exception as ex: print(type(ex).__name__, ex)
del e.characters_written
try: del e.characters_written
except AttributeError as ex: print("AE", ex)
print(type(OSError(True, "x")).__name__, type(OSError(2, "x")).__name__, type(OSError(2.0, "x")).__name__)
print(OSError(2, "x", "f", 3).args, OSError(2, "x", "f", 3).filename)
class S(OSError):
    def __init__(self, a, b=None): self.bar = b
s = S("m", "baz"); print(s.args, s.bar, s.errno)
class N(OSError):
    def __new__(cls, m, baz):
        self = super().__new__(cls, m); self.baz = baz; return self
n = N("m", baz="z"); print(n.args, n.baz)
n = N("m", "z"); print(n.args, n.baz)
try: OSError(1, x=2)
except TypeError as ex: print(ex)
try: FileNotFoundError(1, x=2)
except TypeError as ex: print(ex)
class K(OSError):
    def __init__(self, *a, **k): super().__init__(*a, **k)
try: K(1, x=2)
except TypeError as ex: print(ex)
k = K(2, "no", "fn"); print(k.args, k.errno, k.filename, type(k).__name__)
e = OSError(2, "x"); e.__init__(3, "y", "z"); print(e.args, e.errno, e.filename)
class O(OSError): pass
print(type(O(2, "x")).__name__, O(2,"x","f").filename)
print(OSError.__new__(OSError, 2, "x").args, OSError.__new__(OSError, 2, "x").errno)
print(repr(OSError(2, "a", "b")), repr(OSError()), OSError().errno)
print(OSError(2, "a", "b").__reduce__())
print(BlockingIOError(11, "a", 3).__reduce__())
print(StopIteration(3).__dict__, SystemExit(2).__dict__, NameError("n", name="x").__dict__)
print(AttributeError("a", name="n", obj=1).__dict__, SyntaxError("m", ("f", 1, 2, "t")).__dict__)
e = ImportError("x", name="n"); e.foo = 1
print(e.__dict__, e.__reduce__(), ImportError("y", path="p").__reduce__(), ImportError().__reduce__())
print(OSError(2, "a", "b", None, "c").__reduce__(), OSError(2, "a", None, None, "c").__reduce__())
try:
    [].nope
except AttributeError as ex:
    print(ex.__dict__, ex.name, ex.obj)
try:
    import no_such_module_xyz
except ImportError as ex:
    print(ex.__dict__, ex.name, ex.path, ex.msg)
