# timeit with fixed repetition counts: the statements really run the given number of times,
# setup runs once per timing, callables and globals work, repeat gives a list, autorange's
# contract, the command-line main() with a fake timer, and the errors for bad statements.
import io
import contextlib
import timeit

counter = {"n": 0, "setup": 0}


def bump():
    counter["n"] += 1


t = timeit.timeit("bump()", setup="counter['setup'] += 1", number=50, globals=globals())
print(type(t) is float, t >= 0, counter)
t = timeit.timeit(bump, number=7)
print(type(t) is float, counter["n"])
r = timeit.repeat(bump, repeat=3, number=4)
print(type(r) is list, len(r), all(type(x) is float for x in r), counter["n"])
timer = timeit.Timer("x = sum(range(n))", setup="n = 10")
print(type(timer.timeit(number=5)) is float)
print(len(timer.repeat(repeat=2, number=1)))
print(timeit.timeit("pass", number=0) >= 0)
print(timeit.default_timer is __import__("time").perf_counter)
ns = {}
timeit.timeit("ns['ran'] = ns.get('ran', 0) + 1", number=3, globals={"ns": ns})
print(ns)
timeit.timeit(stmt="y = 1\nz = y + 1", setup="import math\nw = math.pi", number=2)


# a deterministic fake timer: each call advances by 0.25 s
class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 0.25
        return self.t


tm = timeit.Timer("pass", timer=FakeClock())
print(tm.timeit(number=10), tm.repeat(repeat=2, number=3))
calls = []
print(timeit.Timer("pass", timer=FakeClock()).autorange(lambda n, t: calls.append((n, t))), calls)

for bad in ["return 1", "1 +", "yield", "break", "    indented"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for bad_setup in ["return", "def"]:
    try:
        timeit.Timer("pass", setup=bad_setup)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.Timer("pass", setup=42)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
buf = io.StringIO()
try:
    timeit.Timer("undefined_name").timeit(number=1)
except NameError:
    timeit.Timer("undefined_name").print_exc(file=buf)
lines = buf.getvalue().splitlines()
# frames inside timeit.py name the library's own path, so show only the generated code's
print([line for line in lines if "timeit.py" not in line])

out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = timeit.main(["-n", "4", "-r", "2", "-s", "a = 1", "a + 1"], _wrap_timer=lambda t: FakeClock())
print(code, out.getvalue().strip())
for args in (["-n", "2", "-r", "1", "-u", "usec", "pass"], ["-n", "1", "-r", "3", "-u", "sec", "-v", "pass"]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        timeit.main(args, _wrap_timer=lambda t: FakeClock())
    print(out.getvalue().strip())
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as o:
    print(timeit.main(["-u", "parsec", "pass"]))
print(err.getvalue().strip(), "|", o.getvalue().strip())
with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()) as o:
    print(timeit.main(["--bogus"]))
print(err.getvalue().strip(), "|", o.getvalue().strip())
