# _queue.SimpleQueue and _queue.Empty, which queue.py takes over its Python fallbacks:
# FIFO order, CPython's argument and timeout checks, Empty on non-blocking or timed gets.
import gc
import pickle
import queue
import weakref

import _queue


def attempt(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


Q = _queue.SimpleQueue
print(queue.SimpleQueue is Q, queue.Empty is _queue.Empty)
print(Q.__module__, Q.__qualname__, Q.__doc__)
print(_queue.Empty.__mro__, _queue.Empty.__doc__)
print(sorted(set(dir(Q)) - set(dir(object))))
print(Q[int])

q = Q()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, block=False, timeout="ignored")
q.put_nowait(item=3)
q.put(4, True, None)
print(q.empty(), q.qsize())
print(q.get(), q.get_nowait(), q.get(block=False), q.get(timeout=0.01), q.qsize())
attempt("get(block=False)", q.get, block=False)
attempt("get(timeout=0.001)", q.get, timeout=0.001)
attempt("get(timeout=0)", q.get, timeout=0)
attempt("get(False, 'x')", q.get, False, "x")
attempt("get(block=[])", q.get, block=[])
attempt("get_nowait()", q.get_nowait)
attempt("get(timeout=-1e-12)", q.get, timeout=-1e-12)

q.put("kept")
for label, kw in [
    ("-1", dict(timeout=-1)),
    ("'a'", dict(timeout="a")),
    ("nan", dict(timeout=float("nan"))),
    ("1e300", dict(timeout=1e300)),
    ("inf", dict(timeout=float("inf"))),
    ("10**10", dict(timeout=10**10)),
    ("-2**70", dict(timeout=-(2**70))),
    ("kw", dict(kw=1)),
]:
    attempt("get timeout " + label, q.get, **kw)
print(q.qsize(), q.get(timeout=None))

attempt("Q(1)", Q, 1)
attempt("Q(x=1)", Q, x=1)
attempt("get(1, 2, 3)", q.get, 1, 2, 3)
attempt("put()", q.put)
attempt("put(1, 2, 3, 4)", q.put, 1, 2, 3, 4)
attempt("put(1, item=2)", q.put, 1, item=2)
attempt("put_nowait()", q.put_nowait)
attempt("put_nowait(1, 2)", q.put_nowait, 1, 2)
attempt("get_nowait(1)", q.get_nowait, 1)
attempt("qsize(1)", q.qsize, 1)
attempt("empty(1)", q.empty, 1)
attempt("Q.get(1)", Q.get, 1)
attempt("pickle", pickle.dumps, q)
attempt("setattr", setattr, q, "a", 1)


class S(Q):
    pass


class T(Q):
    def __init__(self, n):
        self.n = n


attempt("S(1)", S, 1)
t = T(5)
t.put("x")
print(type(t).__name__, t.n, t.get(), S().qsize())


class C:
    pass


for i in range(5):
    q.put(C())
for i in range(5):
    wr = weakref.ref(q.get())
    gc.collect()
    print(wr() is None, end=" ")
print()
for i in range(3000):
    q.put(i)
print(sum(q.get() for i in range(2999)), q.qsize(), q.get(), q.empty())

# A timed get wakes for an item that a signal handler puts meanwhile.
import signal
import time

if hasattr(signal, "setitimer"):
    signal.signal(signal.SIGALRM, lambda *a: q.put("from handler"))
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    print(q.get(timeout=5), time.monotonic() - t0 < 2)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
