# Built-in getset attributes read in hot code (frame and code objects, whose getters look
# at the running frame), and calls of module functions (`math.floor(x)`) when the module's
# binding changes under the loop or the name is missing and the module has __getattr__.
import math
import sys
import types


def frame_reads(n):
    out = []
    for i in range(n):
        f = sys._getframe()
        marker = i * 3
        # f_locals of the running frame must see this iteration's values.
        out.append((f.f_code.co_name, f.f_lineno, f.f_locals["marker"], f.f_back.f_code.co_name))
    return out[-1], len(out)


print(frame_reads(300))


def module_calls(n):
    total = 0
    for i in range(n):
        total += math.floor(i / 3)
        if i == n // 2:
            math.floor = lambda x: -1
    return total


saved = math.floor
try:
    print(module_calls(400))
finally:
    math.floor = saved

mod = types.ModuleType("dyn")
mod.__getattr__ = lambda name: (lambda *a: ("dynamic", name, a))
mod.real = lambda x: ("real", x)


def dyn_calls(n):
    out = []
    for i in range(n):
        out.append(mod.real(i))
        out.append(mod.virtual(i))
        if i == n - 3:
            del mod.real
    return out[-4:]


print(dyn_calls(300))


def code_attrs(fns, n):
    out = []
    for _ in range(n):
        for fn in fns:
            c = fn.__code__
            out.append((c.co_name, c.co_argcount, fn.__name__))
    return out[-len(fns):]


print(code_attrs([frame_reads, module_calls, dyn_calls], 100))
