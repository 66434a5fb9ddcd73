import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename not in (__file__, "<src>"):
        return None
    a = arg
    if event == "exception":
        a = (arg[0].__name__, str(arg[1]))
    elif event == "return" and not isinstance(arg, (int, str, type(None), tuple, list)):
        a = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, a))
    return tracer
def one(): return 1
def fin():
    try:
        return 1
    finally:
        x = 2
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        raise
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        if self.n >= 1:
            raise StopIteration
        self.n += 1
        return self.n
def use_it():
    for v in It():
        pass
src = "a = 1\nb = a + 1\nif b:\n    c = 3\n"
sys.settrace(tracer)
one()
fin()
try:
    reraiser()
except KeyError:
    pass
use_it()
exec(compile(src, "<src>", "exec"), {})
f = lambda q: q + 1
f(1)
sys.settrace(None)
for e in events:
    print(e)
