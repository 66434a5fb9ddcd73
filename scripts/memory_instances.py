#!/usr/bin/env python3
"""Peak memory of 10**6 instances of a small class, Swallow against CPython (issue #3).

Runs the same program under `python3` and `node bin/swallow.js`: it makes N instances of
a class with three attributes (a plain class, then one with __slots__) and keeps them all
alive in a list. Each process's peak resident set size is the kernel's own accounting of
the finished child (os.wait4); an empty program's peak is measured too, so that the
per-instance figure leaves the interpreter's own start-up memory out.

    python3 scripts/memory_instances.py [--n 1000000] [--runs 3]

A measurement, not a test: nothing here passes or fails.
"""

import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PROGRAMS = {
    "empty": "pass",
    "plain": """
class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
items = [P(i, i + 1, i + 2) for i in range({n})]
assert items[-1].z == {n} + 1
""",
    "slots": """
class P:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
items = [P(i, i + 1, i + 2) for i in range({n})]
assert items[-1].z == {n} + 1
""",
}


def peak_rss_mib(argv):
    """The child's peak RSS in MiB (ru_maxrss is in KiB on Linux)."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{argv[:2]} failed with status {proc.returncode}")
    return usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10**6, help="instances (default 10**6)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each program (median)")
    args = ap.parse_args()
    impls = {
        "python3": [sys.executable, "-c"],
        "swallow": ["node", os.path.join(ROOT, "bin", "swallow.js"), "-c"],
    }
    peaks = {}
    for impl, argv in impls.items():
        for name, program in PROGRAMS.items():
            code = program.format(n=args.n)
            runs = [peak_rss_mib(argv + [code]) for _ in range(args.runs)]
            peaks[impl, name] = statistics.median(runs)
    print(f"peak RSS, MiB (median of {args.runs}); bytes per instance above the empty program")
    print(f"{'':10}{'empty':>10}{'plain':>10}{'slots':>10}{'B/plain':>10}{'B/slots':>10}")
    for impl in impls:
        e, p, s = (peaks[impl, k] for k in ("empty", "plain", "slots"))
        per = lambda peak: (peak - e) * 1024 * 1024 / args.n
        print(f"{impl:10}{e:10.1f}{p:10.1f}{s:10.1f}{per(p):10.0f}{per(s):10.0f}")
    for name in ("plain", "slots"):
        ratio = peaks["swallow", name] / peaks["python3", name]
        print(f"swallow/python3 peak, {name}: {ratio:.2f}")


if __name__ == "__main__":
    main()
