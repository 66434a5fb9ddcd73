# An exception in __del__ goes to sys.unraisablehook and the program goes on.
import gc, sys

seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__qualname__,
                 u.exc_traceback is not None))
sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise ValueError('broken finaliser')

b = Bad()
del b
gc.collect()
print(seen)
print(type(sys.__unraisablehook__).__name__, sys.unraisablehook is hook)

# The default hook writes "Exception ignored in: <function ...>" and the traceback.
import io
sys.unraisablehook = sys.__unraisablehook__
buf = io.StringIO()
sys.stderr, old = buf, sys.stderr
b = Bad()
del b
gc.collect()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0].split(' at 0x')[0])
print(lines[1])
print(lines[-1])
