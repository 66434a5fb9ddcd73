import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg
    if event == "exception":
        a = (arg[0].__name__, str(arg[1]))
    elif event == "return" and not isinstance(arg, (int, str, type(None), tuple, list)):
        a = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, a))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total

def fails():
    x = 1
    raise ValueError("boom")

def catches():
    try:
        fails()
    except ValueError as e:
        y = str(e)
    return y

def gen(n):
    for i in range(n):
        yield i * 2
    return "done"

def use_gen():
    return [v for v in gen(3)]

def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i

sys.settrace(tracer)
loop(2)
catches()
use_gen()
while_loop()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
