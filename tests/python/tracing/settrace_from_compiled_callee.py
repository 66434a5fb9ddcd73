# A trace function set deep inside compiled calls, and f_trace set on the callers' frames
# (made on demand from shadow records): the callers report their lines once they go on.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("inner", "middle", "outer"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer
def inner(n, on):
    if on:
        sys.settrace(tracer)
        sys._getframe(1).f_trace = tracer
        sys._getframe(2).f_trace = tracer
    return n + 1
def middle(n, on):
    x = inner(n, on)
    x += 1
    return x
def outer(n, on):
    y = middle(n, on)
    y += 2
    return y
for i in range(500):
    outer(i, False)
print(outer(1, True))
sys.settrace(None)
print(events)
