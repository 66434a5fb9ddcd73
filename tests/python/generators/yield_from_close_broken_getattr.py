# gen.close() while delegating: a non-AttributeError from looking up the sub-iterator's
# `close` is reported as unraisable (gen_close_iter) and the generator still closes.
import sys
class Broken:
    def __iter__(self): return self
    def __next__(self): return 1
    def __getattr__(self, attr): 1/0
    def __repr__(self): return "<Broken>"
def g():
    try:
        yield from Broken()
    finally:
        print("finally ran")
gi = g(); next(gi); print(gi.close())
def hook(u): print("hook", u.exc_type.__name__, u.object, u.err_msg)
sys.unraisablehook = hook
gi = g(); next(gi); print(gi.close())
sys.unraisablehook = sys.__unraisablehook__

# send() propagates the failure through the generator.
gi = g(); next(gi)
try:
    gi.send(1)
except ZeroDivisionError as e:
    print("send:", e)
