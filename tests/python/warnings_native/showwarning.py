# How a warning is shown: warnings.showwarning and _showwarnmsg are looked up each time;
# without the warnings module, _warnings writes to sys.stderr itself.
import io
import sys
import warnings

import _warnings

warnings.simplefilter("always")


def mine(message, category, filename, lineno, file=None, line=None):
    print("mine:", message, category.__name__, lineno)


warnings.showwarning = mine
warnings.warn("to mine")
warnings.showwarning = warnings._showwarning_orig
err = io.StringIO()
sys.stderr = err
warnings.warn("to stderr")
del warnings.showwarning
warnings.warn("showwarning deleted")
warnings.showwarning = warnings._showwarning_orig
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, "FILE"), end="")

warnings._showwarnmsg = 42
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError:", e)
del warnings._showwarnmsg

# No _showwarnmsg: the native fallback writes "file:line: Category: text" and the line.
err = io.StringIO()
sys.stderr = err
warnings.warn("fallback")  # the line shown
warnings.warn_explicit("fallback explicit", UserWarning, "nowhere.py", 3)
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, "FILE"), end="")


# CPython 3.11's fallback means to print the loader's line but never does (it tests
# PyUnicode_READY's result the wrong way round).
class Loader:
    def get_source(self, name):
        return "line one\n    line two\nline three"


err = io.StringIO()
sys.stderr = err
warnings.warn_explicit("from loader", UserWarning, "loaded.py", 2,
                       module_globals={"__loader__": Loader(), "__name__": "loaded"})
sys.stderr = sys.__stderr__
print(err.getvalue(), end="")
warnings._showwarnmsg = warnings._showwarnmsg_impl

# With warnings.py out of sys.modules, _warnings uses its own state and the fallback.
saved = sys.modules.pop("warnings")
err = io.StringIO()
sys.stderr = err
_warnings.warn("no warnings module")
_warnings.warn("the filters warnings.py left: always", DeprecationWarning, stacklevel=2)
sys.stderr = sys.__stderr__
sys.modules["warnings"] = saved
print(err.getvalue().replace(__file__, "FILE"), end="")
print(_warnings.filters is warnings.filters, _warnings._onceregistry is warnings.onceregistry)
