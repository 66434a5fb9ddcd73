# contextlib in depth: @contextmanager (exceptions thrown in, suppressed, re-raised,
# generator that doesn't yield or yields twice), ContextDecorator, suppress (subclasses; exception
# groups pass through in 3.11), redirect_stdout/stderr nesting, closing, nullcontext, chdir,
# ExitStack (callbacks, pop_all, enter_context errors, exception replacement in LIFO order),
# and the async variants driven by asyncio.run.
import asyncio
import contextlib
import io
import os
import sys


@contextlib.contextmanager
def tag(name, swallow=False):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught in", name, repr(e))
        if not swallow:
            raise
    finally:
        print("exit", name)


with tag("a") as v:
    print("body", v)
with tag("b", swallow=True):
    raise ValueError("swallowed")
try:
    with tag("c"):
        raise ValueError("re-raised")
except ValueError as e:
    print("outer got", e)
try:
    with tag("d"):
        raise KeyError("not handled")
except KeyError as e:
    print("outer got KeyError", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with two_yields():
        raise TypeError("in body")
except RuntimeError as e:
    print("RuntimeError:", e)
except TypeError as e:
    print("TypeError:", e)
with swallow_stop():
    raise StopIteration("stopped")
print("StopIteration suppressed by the generator")


@tag("deco")
def decorated(x):
    print("inside decorated", x)
    return x * 2


print(decorated(21))
print(decorated(1))


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("Timer enter")
        return self

    def __exit__(self, *exc):
        print("Timer exit", exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def work():
    print("working")


work()

with contextlib.suppress(KeyError, IndexError):
    [][1]
with contextlib.suppress(LookupError):
    {}["k"]
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
try:
    with contextlib.suppress(KeyError):
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("remaining", repr(eg.exceptions))
try:
    # 3.11's suppress does not look inside groups (3.12's does)
    with contextlib.suppress(KeyError, ValueError):
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("not suppressed", repr(eg))

outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner) as target:
        print("to inner", target is inner)
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("err text", file=sys.stderr)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
rd = contextlib.redirect_stdout(io.StringIO())
with rd:
    with rd:
        print("reentrant")
print(sys.stdout is sys.__stdout__)


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(5) as n:
    print(n)
with contextlib.nullcontext() as n:
    print(n)
here = os.getcwd()
with contextlib.chdir(os.path.dirname(here)):
    print(os.getcwd() == os.path.dirname(here))
print(os.getcwd() == here)

with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.push(lambda *exc: print("exit fn", exc[0]) or False)
    stack.enter_context(tag("stacked"))
    stack.callback(print, "callback 2", end="!\n")
    print("in stack")
with contextlib.ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
print("popped; now closing moved")
moved.close()
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)


def raiser(exc):
    def f(*args):
        raise exc
    return f


try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser(KeyError("from first pushed")))
        stack.push(raiser(IndexError("from second pushed")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("suppressed by stack")
print("after suppression")


@contextlib.asynccontextmanager
async def atag(name):
    print("aenter", name)
    try:
        yield name
    finally:
        print("aexit", name)


class AClosable:
    async def aclose(self):
        print("aclosed")


async def main():
    async with atag("x") as v:
        print("abody", v)
    async with contextlib.AsyncExitStack() as st:
        await st.enter_async_context(atag("y"))
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, "sync cb")
    async with contextlib.aclosing(AClosable()):
        pass
    async with contextlib.nullcontext("anull") as v:
        print(v)
    try:
        async with atag("z"):
            raise ValueError("async body")
    except ValueError as e:
        print("async caught", e)

    @atag("adeco")
    async def f():
        print("in adeco")
    await f()


asyncio.run(main())
