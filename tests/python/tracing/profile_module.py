# The pure-Python profiler (profile, pstats) counts calls through sys.setprofile.
import io
import profile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    return sorted(fib(k) for k in range(8))


p = profile.Profile()
print(p.runcall(work))
stats = pstats.Stats(p, stream=io.StringIO())
for (filename, line, name), (cc, nc, tt, ct, callers) in sorted(stats.stats.items(), key=lambda kv: kv[0][2]):
    if not name.startswith("<function"):
        print(name, cc, nc, sorted(c[2] for c in callers if not c[2].startswith("<function")))
