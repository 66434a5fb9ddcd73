# Compiled callers call on without making their frames until someone looks at the stack:
# everything that looks sees them as the interpreter's frames, with their current locals.
import sys
import traceback
import warnings
import logging
import io


def describe(depth):
    f = sys._getframe(depth)
    names = []
    while f is not None and f.f_code.co_name != "<module>":
        loc = {
            k: v if isinstance(v, (int, str)) else type(v).__name__
            for k, v in f.f_locals.items()
            if k in ("a", "b", "n", "tag")
        }
        names.append((f.f_code.co_name, f.f_lineno, sorted(loc.items())))
        f = f.f_back
    return names


def leaf(n, look):
    if look:
        return describe(1)
    return n + 1


def middle(a, look):
    b = a * 2
    r = leaf(b, look)
    b = "after"
    return r


def outer(n, look):
    tag = "outer"
    total = 0
    for i in range(3):
        total = middle(n + i, look)
    return total


for i in range(400):
    outer(i, False)
print(outer(5, True))


# A frame object taken during the call shows the caller's locals as they are later.
kept = []


def grab():
    kept.append(sys._getframe(1))
    return 0


def holder(n):
    a = n
    grab()
    a = "changed"
    b = [a]
    return len(b)


for i in range(400):
    kept.clear()
    holder(i)
print(sorted((k, v) for k, v in kept[0].f_locals.items()), kept[0].f_code.co_name, kept[0].f_back is not None)


# Tracebacks through compiled callers, and the stack as traceback sees it.
def boom(n):
    if n > 390:
        raise ValueError(f"boom {n}")
    return n


def relay(n):
    a = n
    return boom(a) + 1


def top(n):
    return relay(n) * 2


for i in range(400):
    try:
        top(i)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        last = [(fs.name, fs.line) for fs in tb]
        frames = []
        t = e.__traceback__
        while t is not None:
            frames.append(sorted(k for k in t.tb_frame.f_locals if not k.startswith("__")))
            t = t.tb_next
print(last)
print(frames[1:])


def stack_names():
    return [fs.name for fs in traceback.extract_stack()][-4:]


def s2():
    return stack_names()


def s1():
    return s2()


for i in range(400):
    r = s1()
print(r)


# A callee that deoptimises (its type assumption breaks) while its callers run without
# frames, then looks at the stack.
class P:
    def __init__(self, v):
        self.v = v


def value_of(p):
    x = p.v
    if isinstance(x, str):
        return describe(1)[:2]
    return x


def via(p):
    a = p
    return value_of(a)


def entry(p):
    tag = "entry"
    return via(p)


for i in range(400):
    entry(P(i))
print(entry(P("s")))


# warnings and logging find their caller by walking the stack.
def warn_caller():
    warnings.warn("careful", UserWarning, stacklevel=2)


def warns():
    warn_caller()
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(300):
        warns()
print(len(caught), caught[-1].lineno, caught[-1].filename.endswith("shadow_frames.py"))

stream = io.StringIO()
log = logging.getLogger("shadow")
log.addHandler(logging.StreamHandler(stream))
log.handlers[0].setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log.setLevel(logging.INFO)


def logs(n):
    if n == 299:
        log.info("last")
    return n


def log_caller(n):
    return logs(n)


for i in range(300):
    log_caller(i)
print(stream.getvalue().strip())


# Recursion through compiled calls still reaches the limit, and the depth recovers.
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


for i in range(300):
    down(20)
try:
    down(10**6)
except RecursionError as e:
    print("RecursionError", e)
print(down(500))


# Generators made in a callee see their caller chain while they run.
def gen():
    yield sys._getframe(1).f_code.co_name


def runs_gen():
    g = gen()
    return next(g)


for i in range(300):
    r = runs_gen()
print(r)


# A callee that always looks at its caller: the caller goes back to making its frame before
# calling (after a while), and what the callee sees stays the same throughout.
def caller_line():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_locals.get("k")


def always_looked_at(k):
    first = caller_line()
    k += 1
    second = caller_line()
    return first, second


seen = set()
for i in range(500):
    seen.add(always_looked_at(7))
print(seen)
