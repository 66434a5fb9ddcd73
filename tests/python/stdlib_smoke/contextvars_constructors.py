# contextvars' constructors check their arguments, and none of its types can be subclassed,
# with CPython's messages.
import contextvars

for make in (
    lambda: contextvars.ContextVar(),
    lambda: contextvars.ContextVar(1),
    lambda: contextvars.Context(1),
    lambda: contextvars.Context(a=1),
):
    try:
        make()
    except TypeError as e:
        print(e)
for base in (contextvars.ContextVar, contextvars.Context, contextvars.Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
v = contextvars.ContextVar("v", default=3)
ctx = contextvars.Context()
print(v.name, v.get(), ctx.run(v.set, 5).var is v, ctx[v], v.get())
