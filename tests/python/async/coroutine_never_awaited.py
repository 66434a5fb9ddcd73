# A coroutine that is never awaited warns (RuntimeWarning) when it is collected; one that
# was closed or started does not. The warning shows where it was made when origins are
# tracked; an "error" filter makes it an unraisable exception; frame.clear() finalises a
# generator's frame at once.
import gc
import sys
import warnings


async def f():
    pass


def messages(w):
    return [(x.category.__name__, str(x.message).replace(__file__, "FILE")) for x in w]


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    del c
    gc.collect()
print(messages(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    c.close()
    del c
    c = f()
    try:
        c.send(None)
    except StopIteration:
        pass
    del c
    gc.collect()
print(messages(w))


def make():
    return f()  # made here


sys.set_coroutine_origin_tracking_depth(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = make()
    del c
    gc.collect()
sys.set_coroutine_origin_tracking_depth(0)
print(messages(w))


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = f()
    del c
    gc.collect()
sys.unraisablehook = sys.__unraisablehook__

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    c.cr_frame.clear()
    print("after clear:", messages(w))
    del c
    gc.collect()
print("after collection:", len(w))


def gen():
    try:
        yield 1
    finally:
        print("generator closed")


g = gen()
next(g)
frame = g.gi_frame
frame.clear()
print(g.gi_frame, g.gi_suspended)


def finished():
    x = 42
    return sys._getframe()


fr = finished()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
