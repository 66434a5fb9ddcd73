# The awaitables of an async generator (asend/__anext__, athrow/aclose) and their states.
import gc
import sys
import types


@types.coroutine
def pause(v=None):
    return (yield v)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e.args)


async def tup():
    try:
        yield (1,)
    except ZeroDivisionError:
        yield (2,)


it = tup()
show("first", lambda: it.__anext__().send(None))
show("throw into a fresh __anext__()", lambda: it.__anext__().throw(ZeroDivisionError))
show("then", lambda: it.__anext__().send(None))
show("after the end", lambda: it.__anext__().send(None))


async def counter():
    try:
        yield 1
        await pause("awaited")
        yield 2
    finally:
        print("counter finally")


g = counter()
a = g.asend(None)
show("asend", lambda: a.send(None))
show("asend again", lambda: a.send(None))
show("asend throw after close", lambda: a.throw(ValueError))
b = g.__anext__()
show("anext awaits", lambda: b.send(None))
print("ag_running while awaiting:", g.ag_running)
show("second anext while one runs", lambda: g.__anext__().send(None))
show("first anext goes on", lambda: b.send(None))
print("ag_running after:", g.ag_running)
c = g.aclose()
show("aclose", lambda: c.send(None))
show("aclose again", lambda: c.send(None))
show("aclose throw again", lambda: c.throw(ValueError))
show("anext after aclose", lambda: g.__anext__().send(None))
show("athrow after close", lambda: g.athrow(ValueError).send(None))
show("new aclose after close", lambda: g.aclose().send(None))


async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2


s = stubborn()
run_first = s.__anext__()
show("stubborn first", lambda: run_first.send(None))
show("stubborn aclose", lambda: s.aclose().send(None))


async def waits_in_finally():
    try:
        yield 1
    finally:
        await pause("cleanup")
        print("cleaned up")


w = waits_in_finally()
show("first", lambda: w.__anext__().send(None))
c = w.aclose()
show("aclose awaits", lambda: c.send(None))
show("aclose ends", lambda: c.send(None))


async def athrow_target():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + repr(e)


t = athrow_target()
show("first", lambda: t.__anext__().send(None))
th = t.athrow(KeyError("k"))
show("athrow non-None first send", lambda: th.send(5))
show("athrow", lambda: th.send(None))
show("athrow reused", lambda: th.send(None))
show("athrow bad args", lambda: t.athrow().send(None))
show("athrow not an exception", lambda: t.athrow(1).send(None))

fresh = athrow_target()
show("athrow into a fresh generator", lambda: fresh.athrow(ValueError("v")).send(None))
show("then anext", lambda: fresh.__anext__().send(None))

done = athrow_target()
for _ in range(3):
    show("drive", lambda: done.__anext__().send(None))
show("aclose of a finished one", lambda: done.aclose().send(None))
show("athrow of a finished one", lambda: done.athrow(ValueError).send(None))

# The finalizer hook of sys.set_asyncgen_hooks runs for a suspended async generator that is
# collected, instead of closing it.
seen = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append("first " + g.__name__), finalizer=lambda g: seen.append("finalize " + g.__name__))
try:
    h = waits_in_finally()
    show("hooked", lambda: h.__anext__().send(None))
    del h
    gc.collect()
finally:
    sys.set_asyncgen_hooks(*old)
print(seen)
