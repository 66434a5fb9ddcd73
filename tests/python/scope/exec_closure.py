# exec() of a code object with free variables needs closure= (a tuple of cells of the
# right length); eval() refuses such code.
def f(x):
    return lambda: x + 1


g = f(3)
for fn, args, kw in [(eval, (g.__code__,), {}), (exec, (g.__code__, {}), {}), (exec, (g.__code__, {}, {}), {}),
                     (exec, (g.__code__, {}), dict(closure=None)), (exec, (g.__code__, {}), dict(closure=(1,))),
                     (exec, (g.__code__, {}), dict(closure=list(g.__closure__))),
                     (exec, (g.__code__, {}), dict(closure=g.__closure__ * 2)),
                     (exec, ("x", {}), dict(closure=g.__closure__)),
                     (exec, (compile("1", "s", "exec"), {}), dict(closure=g.__closure__)),
                     (exec, (compile("1", "s", "exec"), {}), dict(closure=()))]:
    try:
        print(fn(*args, **kw))
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)


def outer():
    seen = []
    y = 10

    def inner():
        seen.append(y * 2)

    return inner, seen


inner, seen = outer()
print(exec(inner.__code__, {}, closure=inner.__closure__), seen)
