# Awaits under a tracer: the StopIteration that ends each await is reported in the awaiting
# frame, as CPython 3.11's SEND does (send() is how it resumes a coroutine).
import sys, asyncio
ev = []
def tr(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        ev.append((event, frame.f_code.co_name, arg[0].__name__ if event == "exception" else None))
    return tr
async def inner():
    return 5
async def outer():
    x = await inner()
    y = await inner2()
    return x
async def inner2():
    return None
c = outer()
sys.settrace(tr)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
sys.settrace(None)
for e in ev: print(e)
