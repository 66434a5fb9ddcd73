"""Driver shared by the benchmark programs in bench/.

Protocol (read by bench/runner): a program is run as

    python3 bench/<name>.py [ITERATIONS] [--show]

It runs its workload ITERATIONS times (default 3), timing each run with
time.perf_counter(), and prints one line per iteration to stdout:

    @bench iter <index> <seconds>

Every iteration's result is checked against the expected value; a wrong
answer prints "@bench fail <reason>" and exits with status 1.  After the last
iteration the program prints "@bench ok".  --show prints the result instead
of checking it (used when writing a new benchmark).

Only the most basic features are used here (sys, time, print) so that a young
implementation can run the driver long before it runs the workloads.
"""

import sys
import time


def _close(actual, expected):
    # Floats are compared with a relative tolerance: libm and the order of
    # operations may differ in the last bit between implementations.
    if isinstance(expected, float):
        if not isinstance(actual, float):
            return False
        scale = max(abs(actual), abs(expected), 1e-300)
        return abs(actual - expected) / scale <= 1e-9
    if isinstance(expected, (tuple, list)):
        if type(actual) is not type(expected) or len(actual) != len(expected):
            return False
        for a, e in zip(actual, expected):
            if not _close(a, e):
                return False
        return True
    return actual == expected


def fail(reason):
    print("@bench fail " + reason)
    sys.stdout.flush()
    sys.stderr.write("benchmark failed: " + reason + "\n")
    sys.exit(1)


def run(workload, expected, iterations=3):
    """Time `workload()` and check that it returns `expected`."""
    show = False
    for arg in sys.argv[1:]:
        if arg == "--show":
            show = True
        else:
            iterations = int(arg)
    for i in range(iterations):
        t0 = time.perf_counter()
        result = workload()
        t1 = time.perf_counter()
        print("@bench iter %d %.9f" % (i, t1 - t0))
        sys.stdout.flush()
        if show:
            print("result: %r" % (result,))
        elif not _close(result, expected):
            text = repr(result)
            if len(text) > 300:
                text = text[:300] + "..."
            fail("wrong answer: got " + text + ", expected " + repr(expected)[:300])
    print("@bench ok")
    sys.stdout.flush()
