import sys, trace, bdb, io

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def work():
    total = 0
    for i in range(4):
        total += fib(i)
    return total

# the trace module counts line executions
t = trace.Trace(count=1, trace=0, countfuncs=0)
result = t.runfunc(work)
print("result", result)
counts = t.results().counts
mine = sorted((line, n) for (fname, line), n in counts.items() if fname == __file__)
print(mine)

# a bdb debugger that steps through work() and records what it sees
class Stepper(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.seen = []
    def user_call(self, frame, args):
        self.seen.append(("call", frame.f_code.co_name, frame.f_lineno))
        self.set_step()
    def user_line(self, frame):
        if frame.f_code.co_filename == __file__:
            self.seen.append(("line", frame.f_code.co_name, frame.f_lineno))
        self.set_step()
    def user_return(self, frame, value):
        self.seen.append(("return", frame.f_code.co_name, value))
        self.set_step()

s = Stepper()
s.runcall(fib, 3)
for e in s.seen:
    print(e)

# a breakpoint: stop only at line 6 of fib
class Breaker(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.hits = []
    def user_line(self, frame):
        self.hits.append((frame.f_lineno, dict(frame.f_locals)))
        self.set_continue()

b = Breaker()
b.set_break(__file__, 6)
b.runcall(fib, 3)
print(b.hits)
