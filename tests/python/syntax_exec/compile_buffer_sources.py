# compile(), exec() and eval() take source text as str or as any contiguous buffer, and
# name what they accept in their TypeErrors; compile() checks its flags and optimize.
import sys


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", type(r).__name__)
        return r
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


sources = [b"x = 1", bytearray(b"x = 2"), memoryview(b"x = 3"), memoryview(b"x = 4; junk")[:5], S("x = 5")]
for src in sources:
    ns = {}
    exec(compile(src, "<buf>", "exec"), ns)
    print("compile", ns["x"])
    ns = {}
    exec(src, ns)
    print("exec", ns["x"])
for src in [b"1 + 1", bytearray(b"2 + 2"), memoryview(b"3 + 3")]:
    print("eval", eval(src))

# A strided view is no source, and says so with the same TypeError as a non-buffer.
for bad in [memoryview(b"1 + 2 ")[::2], 1, None, [1], compile("1", "c", "eval")]:
    show(compile, bad, "n", "exec")
for bad in [memoryview(b"1 + 2 ")[::2], 1, None]:
    show(exec, bad)
    show(eval, bad)

show(compile, b"1\x00", "n", "eval")
show(eval, bytearray(b"1\x00"))

# flags and optimize
show(compile, "1", "n", "eval", 0xFF)
show(compile, "1", "n", "eval", -1)
show(compile, "1", "n", "eval", 1 << 40)
show(compile, "1", "n", "eval", 1.0)
show(compile, "1", "n", "eval", 0x10)
show(compile, "1", "n", "eval", 0x200)
show(compile, "1", "n", "eval", optimize=3)
show(compile, "1", "n", "eval", optimize=-2)
show(compile, "1", "n", "badmode")
show(compile, "1", "n", "badmode", 0x400)
show(compile, "1", "n", "func_type")
show(compile, "1", "n", 5)
show(compile, "pass", "?", "exec", mode="eval", source="0", filename="tmp")

codestr = '''
def f():
    """doc"""
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, __debug__)
    return (False, f.__doc__, __debug__)
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(codestr, "<opt>", "exec", optimize=opt), ns)
    print(opt, ns["f"]())
