#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential suite tests/python/ from CPython 3.11.

For every test script tests/python/<feature>/<name>.py (names starting with "_" and files
in subfolders are helpers, not tests) this runs

    python3 -s -B <name>.py            (cwd = the script's folder, stdin empty)

in a clean environment (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, LANG=C.UTF-8, no other
PYTHON* variables: the effect of -E, which would also drop the two we want) and writes

    <name>.py.out   stdout (always)
    <name>.py.err   stderr (only when non-empty)
    <name>.py.code  exit status (only when non-zero)

CPython makes the main script's path absolute, so tracebacks name the script's folder; that
folder is replaced with "$DIR" (tests/python/harness.ts does the same to Swallow's output).

Every script runs twice; a script whose two runs differ is reported as nondeterministic, a
script slower than 2 s as slow. Either makes the exit status 1 (the outputs are written
anyway). Usage: regen_python_expected.py [feature-or-script ...]
"""

import concurrent.futures
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(ROOT, "tests", "python")
TIMEOUT = 20
SLOW = 2.0


def script_env():
    env = {
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    for key in ("PATH", "HOME"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def list_scripts(selectors):
    out = []
    for feature in sorted(os.listdir(BASE)):
        folder = os.path.join(BASE, feature)
        if not os.path.isdir(folder) or feature.startswith(("_", ".")):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith(".py") and not name.startswith("_") and os.path.isfile(path):
                rel = os.path.relpath(path, ROOT)
                if not selectors or any(s in rel for s in selectors):
                    out.append(path)
    return out


def run(path):
    folder, name = os.path.split(path)
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-s", "-B", name],
            cwd=folder,
            env=script_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, TIMEOUT
    elapsed = time.monotonic() - start

    def norm(data):
        return data.decode("utf-8", "replace").replace(folder, "$DIR")

    return (norm(proc.stdout), norm(proc.stderr), proc.returncode), elapsed


def write(path, outcome):
    stdout, stderr, code = outcome
    with open(path + ".out", "w", encoding="utf-8", newline="") as f:
        f.write(stdout)
    for suffix, text in ((".err", stderr), (".code", f"{code}\n" if code else "")):
        if text:
            with open(path + suffix, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        elif os.path.exists(path + suffix):
            os.remove(path + suffix)


def check(path):
    first, t1 = run(path)
    second, t2 = run(path)
    problems = []
    if first is None or second is None:
        problems.append(f"timed out after {TIMEOUT} s")
    else:
        write(path, first)
        if first != second:
            problems.append("nondeterministic: two runs differ")
        if max(t1, t2) > SLOW:
            problems.append(f"slow: {max(t1, t2):.2f} s")
    return path, problems


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the oracle must be CPython 3.11, this is {sys.version.split()[0]}")
    scripts = list_scripts(sys.argv[1:])
    start = time.monotonic()
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, problems in pool.map(check, scripts):
            for p in problems:
                print(f"{os.path.relpath(path, ROOT)}: {p}")
            bad += bool(problems)
    # Expectations of scripts that no longer exist.
    for feature in os.listdir(BASE):
        folder = os.path.join(BASE, feature)
        if os.path.isdir(folder) and not sys.argv[1:]:
            for name in os.listdir(folder):
                for suffix in (".py.out", ".py.err", ".py.code"):
                    if name.endswith(suffix):
                        src = os.path.join(folder, name[: -len(suffix) + 3])
                        if not os.path.exists(src):
                            os.remove(os.path.join(folder, name))
    print(f"{len(scripts)} scripts regenerated in {time.monotonic() - start:.1f} s; {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
