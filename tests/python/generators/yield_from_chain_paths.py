# Values sent through a chain of `yield from` generators, and what the delegating frames
# look like meanwhile: running flags, f_back, exception context, errors raised and caught
# at each level, return values, throw() and close() in the middle of the chain.
import sys
import traceback

events = []


def inner(tag):
    got = yield f"{tag}-1"
    events.append(("inner got", got))
    frame = sys._getframe()
    events.append(("f_back", frame.f_back.f_code.co_name, frame.f_back.f_back.f_code.co_name))
    events.append(("running", chain_outer.gi_running, chain_mid.gi_running, sys.exc_info()[0]))
    events.append(("yieldfrom while running", chain_outer.gi_yieldfrom, chain_mid.gi_yieldfrom))
    events.append(("line", frame.f_back.f_lineno, frame.f_back.f_back.f_lineno))
    got = yield f"{tag}-2"
    if got == "boom":
        raise KeyError(tag)
    return f"{tag}-result"


def mid():
    try:
        raise ValueError("handled in mid")
    except ValueError:
        r = yield from inner("a")
        events.append(("mid saw", r))
    try:
        r = yield from inner("b")
    except KeyError as e:
        events.append(("mid caught", repr(e)))
        r = "recovered"
    yield r
    return "mid-done"


def outer():
    x = yield from mid()
    yield ("outer", x)


chain_outer = outer()
chain_mid = None
print(next(chain_outer))
chain_mid = chain_outer.gi_yieldfrom
print(chain_outer.gi_yieldfrom.__name__, chain_mid.gi_yieldfrom.__name__)
print(chain_outer.send("s1"))
print(chain_outer.send("s2"))
print(chain_outer.send("s3"))
print(chain_outer.send("boom"))
print(list(chain_outer))
for e in events:
    print(e)


# Re-entering the chain from inside it.
def reenter():
    try:
        next(g_outer)
    except ValueError as e:
        yield str(e)


def wrap():
    yield from reenter()


g_outer = wrap()
print(next(g_outer))


# An exception escaping the whole chain keeps every level in its traceback.
def deep(n):
    if n == 0:
        yield "bottom"
        1 / 0
    else:
        yield from deep(n - 1)


g = deep(30)
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print(len(tb), sorted({f.name for f in tb}), tb[-1].line)


# StopIteration raised inside the delegate, throw() and close() mid-chain.
def stops():
    yield 1
    raise StopIteration("inside")


def relay(g):
    return (yield from g)


r = relay(stops())
print(next(r))
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


r = relay(closing())
print(next(r))
r.close()
r = relay(closing())
next(r)
try:
    r.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError", e)


# A delegate that is not a generator is driven by next()/send() as before.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


print(list(relay(Countdown(3))), list(relay(iter([7, 8]))))
