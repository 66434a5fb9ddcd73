# cmath (and math, _heapq): argument errors, conversions of odd arguments, overflow and
# special values at the extremes, and the functions' docstrings and signatures.
import cmath, math, inspect
import _heapq
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: cmath.sqrt())
t(lambda: cmath.sqrt(1, 2))
t(lambda: cmath.sqrt(z=1))
t(lambda: cmath.log())
t(lambda: cmath.log(1, 2, 3))
t(lambda: cmath.log(x=1))
t(lambda: cmath.log(1, base=2))
t(lambda: cmath.log(0j, 2))
t(lambda: cmath.log(2, 0))
t(lambda: cmath.log(2, 1))
t(lambda: cmath.log(complex("inf"), 2))
t(lambda: cmath.rect(1))
t(lambda: cmath.rect("a", 1))
t(lambda: cmath.polar(1, 2))
t(lambda: cmath.phase("x"))
t(lambda: cmath.isclose(1))
t(lambda: cmath.isclose(1, 2, 3))
t(lambda: cmath.isclose(1, 2, abs_tol=-1))
t(lambda: cmath.isclose(1j, 1j, rel_tol=float("nan")))
t(lambda: cmath.exp(complex(710, 0)))
t(lambda: cmath.exp(complex(710, 1e-300)))
t(lambda: cmath.exp(complex(-1e308, 1e308)))
t(lambda: cmath.cosh(complex(710, 0)))
t(lambda: cmath.sinh(complex(711, 1)))
t(lambda: cmath.tanh(complex(1e6, 1)))
t(lambda: cmath.tan(complex(1, 1e6)))
t(lambda: cmath.sqrt(complex(1e308, 1e308)))
t(lambda: cmath.sqrt(complex(-1e-320, 1e-320)))
t(lambda: cmath.log(complex(1e-320, 1e-320)))
t(lambda: cmath.log10(complex(-1e308, 1e308)))
t(lambda: cmath.acos(complex(1e200, 1e200)))
t(lambda: cmath.asinh(complex(-1e-20, 1e200)))
t(lambda: cmath.atanh(1))
t(lambda: cmath.atanh(-1))
t(lambda: cmath.atanh(complex(1, 0)))
t(lambda: cmath.atanh(complex(1e300, 1e-300)))
t(lambda: cmath.atan(1j))
t(lambda: cmath.atan(-1j))
t(lambda: cmath.acosh(0))
t(lambda: cmath.log(-0.0))
t(lambda: cmath.sqrt(-0.0))
t(lambda: cmath.sqrt(complex(-0.0, -0.0)))
t(lambda: cmath.exp(complex(float("nan"), 0)))
t(lambda: cmath.exp(complex(float("-inf"), float("nan"))))
t(lambda: cmath.exp(complex(float("inf"), 0)))
t(lambda: cmath.exp(complex(float("inf"), 1)))
t(lambda: cmath.exp(complex(float("inf"), float("inf"))))
class CC(complex): pass
t(lambda: cmath.exp(CC(1, 1)))
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 2.0
t(lambda: cmath.sqrt(Both()))
class BadC:
    def __complex__(self): return 1
t(lambda: cmath.sqrt(BadC()))
class BadF:
    def __float__(self): return "x"
t(lambda: cmath.sqrt(BadF()))
class IdxOnly:
    def __index__(self): return 4
t(lambda: cmath.sqrt(IdxOnly()))
t(lambda: cmath.sqrt(2**1024))
t(lambda: cmath.rect(2**1024, 0))
t(lambda: cmath.phase(complex(-0.0, -0.0)))
t(lambda: cmath.polar(complex(float("inf"), float("nan"))))
t(lambda: cmath.polar(complex(1e308, 1e308)))
for mod in [math, cmath, _heapq]:
    for name in sorted(dir(mod)):
        f = getattr(mod, name)
        if callable(f) and not name.startswith("__"):
            try:
                sig = str(inspect.signature(f))
            except ValueError as e:
                sig = "ValueError"
            print(mod.__name__, name, (f.__doc__ or "")[:50].replace("\n", "|"), f.__text_signature__, sig)
