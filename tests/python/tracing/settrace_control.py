import sys
log = []
def local_trace(frame, event, arg):
    log.append(("local", event, frame.f_code.co_name, frame.f_lineno))
    if event == "line" and frame.f_lineno == 17:
        return None          # stop tracing this frame
    return local_trace

def global_trace(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    return local_trace

def quiet():
    a = 1
    b = 2
    return a + b

def stopper():
    x = 1
    y = 2
    z = 3
    return x

def untraced():
    return 5

def picky(frame, event, arg):
    if frame.f_code.co_name == "untraced":
        return None
    return global_trace

sys.settrace(global_trace)
quiet()
stopper()
sys.settrace(picky)
untraced()
quiet()
print(sys.gettrace() is picky)
sys.settrace(None)
for e in log:
    print(e)

# a trace function that raises: tracing stops, the exception reaches the traced code
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad

def victim():
    v = 1
    return v

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())

# pdb-style: trace the running frame from here on
seen = []
def running_trace(frame, event, arg):
    seen.append((event, frame.f_code.co_name, frame.f_lineno))
    return running_trace
def host():
    f = sys._getframe()
    f.f_trace = running_trace
    sys.settrace(running_trace)
    a = 1
    b = a + 1
    sys.settrace(None)
    return b
host()
print(seen)
try:
    sys._getframe().f_trace_lines = 1
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print("ValueError", e)
print(sys._getframe().f_trace, sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)
