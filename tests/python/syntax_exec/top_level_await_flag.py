# compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): code that awaits at the top level is a
# coroutine (CO_COROUTINE), run by awaiting eval(code) or calling FunctionType(code, g).
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
CO_COROUTINE = 0x80
FunctionType = type(lambda: 0)


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "suspended"
        return self.value


class Lock:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def arange(n):
    for i in range(n):
        yield i


def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value


samples = [
    "a = await Ready(1)",
    "async for i in arange(1):\n    a = 1",
    "async with Lock() as l:\n    a = 1",
    "a = [x async for x in arange(2)][1]",
    "a = 1 in {x async for x in arange(2)}",
    "a = {x: 1 async for x in arange(1)}[0]",
    "a = [x async for x in (x async for x in arange(5))][1]",
    "a, = [1 for x in {x async for x in arange(1)}]",
    "a = [await Ready(x) async for x in arange(2)][1]",
]
for mode in ("exec", "single"):
    for src in samples:
        try:
            compile(src, "?", mode)
        except SyntaxError as e:
            print("SyntaxError", e.msg)
        co = compile(src, "?", mode, flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(mode, repr(src), co.co_flags & CO_COROUTINE)
        g = {"Ready": Ready, "Lock": Lock, "arange": arange, "a": 0}
        f = FunctionType(co, g)
        c = f()
        print(type(c).__name__, drive(c), g["a"])
        g = {"Ready": Ready, "Lock": Lock, "arange": arange, "a": 0}
        print(drive(eval(co, g)), g["a"])

for src in ["def f(): pass\n", "[x for x in l]", "(x async for x in l)", "x = 1"]:
    co = compile(src, "?", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
    print(repr(src), co.co_flags & CO_COROUTINE)

# A module code object called as a function reads and writes its globals.
g = {"y": 2}
FunctionType(compile("x = y * 3", "m", "exec"), g)()
print(g["x"])
