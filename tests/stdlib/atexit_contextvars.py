# atexit runs last-in first-out at exit; contextvars semantics.
import atexit, contextvars, errno, gc

def bye(name, punct="!"):
    print("bye", name + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
f = atexit.register(lambda: print("lambda"))
atexit.unregister(f)

v = contextvars.ContextVar("v", default=1)
print(v.get(), v.name)
tok = v.set(2)
print(v.get(), tok.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def inner():
    v.set(3)
    return v.get()
print(ctx.run(inner), v.get(), ctx[v], v in ctx)
v.reset(tok)
print(v.get())
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError")
w = contextvars.ContextVar("w")
try:
    w.get()
except LookupError:
    print("LookupError")
print(w.get(5))
print(errno.ENOENT, errno.errorcode[13], errno.EWOULDBLOCK == errno.EAGAIN)
print(gc.isenabled(), gc.collect() >= 0)
gc.disable(); print(gc.isenabled()); gc.enable()
print("end of script")
