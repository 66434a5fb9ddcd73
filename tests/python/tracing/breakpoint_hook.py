# breakpoint() calls sys.breakpointhook, which PYTHONBREAKPOINT configures.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)
os.environ["PYTHONBREAKPOINT"] = "os.getcwd"
print(breakpoint() == os.getcwd())
for name in ("nonexist.func", "os.nosuchfunc"):
    os.environ["PYTHONBREAKPOINT"] = name
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(breakpoint())
    print([(w.category.__name__, str(w.message)) for w in caught])
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
sys.breakpointhook = lambda *a, **k: ("hook", a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__
