# Tracing starts while functions are hot (compiled by the JIT in its modes): calls made
# afterwards still report every event, and once tracing stops they run as before.
import sys


def step(x):
    y = x + 1
    return y * 2


def loop(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total


for _ in range(300):
    loop(20)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("step", "loop"):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


sys.settrace(tracer)
print(loop(2))
sys.settrace(None)
for e in events:
    print(e)
print(sum(loop(30) for _ in range(200)))

counts = {}


def profiler(frame, event, arg):
    key = (event, frame.f_code.co_name)
    counts[key] = counts.get(key, 0) + 1


sys.setprofile(profiler)
loop(3)
sys.setprofile(None)
print(sorted(counts.items()))

# A hot loop (compiled by now, in the JIT's modes) starts tracing itself, as pdb.set_trace()
# does: its following lines are reported.
seen = []


def self_tracer(frame, event, arg):
    seen.append((event, frame.f_code.co_name, frame.f_lineno))
    return self_tracer


def hot():
    acc = 0
    for i in range(1000):
        acc += i
        if i == 900:
            sys._getframe().f_trace = self_tracer
            sys.settrace(self_tracer)
        if i == 902:
            sys.settrace(None)
    return acc


print(hot())
for e in seen:
    print(e)
