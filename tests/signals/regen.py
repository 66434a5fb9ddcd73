#!/usr/bin/env python3
"""Regenerate tests/signals/<name>.py.out/.err/.code from python3 (the oracle).

Each script runs in tests/signals/ with its stdin a pipe that stays open. Once it prints
the line "ready", it is sent the signal its header names ("# signal: SIGTERM"; SIGINT by
default, "none" for none) 200 ms later, as tests/unit/signals.test.ts does to Swallow. The
script's folder is written as $DIR; a death by signal N is exit status -N.
"""

import os
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def signal_of(name: str) -> signal.Signals | None:
    with open(os.path.join(HERE, name)) as f:
        for line in f:
            if line.startswith("# signal:"):
                value = line.split(":", 1)[1].strip()
                return None if value == "none" else signal.Signals[value]
    return signal.SIGINT


def run(name: str) -> tuple[str, str, int]:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    child = subprocess.Popen(
        [sys.executable, name], cwd=HERE, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # A shell's background job ignores SIGINT, and CPython keeps a signal ignored at start.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(child.stderr.read()))
    reader.start()
    out = b""
    while b"ready\n" not in out:
        chunk = os.read(child.stdout.fileno(), 4096)
        if not chunk:
            break
        out += chunk
    sig = signal_of(name)
    if sig is not None and child.poll() is None:
        time.sleep(0.2)
        child.send_signal(sig)
    out += child.stdout.read()
    child.wait(timeout=20)
    reader.join()
    child.stdin.close()
    fix = lambda b: b.decode().replace(HERE, "$DIR")
    return fix(out), fix(err[0]), child.returncode


def main() -> None:
    names = sys.argv[1:] or sorted(
        f for f in os.listdir(HERE) if f.endswith(".py") and not f.startswith("_") and f != "regen.py"
    )
    for name in names:
        out, err, code = run(name)
        base = os.path.join(HERE, name)
        for suffix, text in ((".out", out), (".err", err), (".code", str(code) if code else "")):
            path = base + suffix
            if text:
                with open(path, "w") as f:
                    f.write(text)
            elif os.path.exists(path):
                os.remove(path)
        print(name, code)


if __name__ == "__main__":
    main()
