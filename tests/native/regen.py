#!/usr/bin/env python3
"""Regenerate tests/native/<name>.py.out/.err/.code from python3 (the oracle).

Each script runs in tests/native/ with PYTHONHASHSEED=0, as the runner
(tests/unit/native_scripts.test.ts) runs Swallow.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    names = sys.argv[1:] or sorted(
        f for f in os.listdir(HERE) if f.endswith(".py") and not f.startswith("_") and f != "regen.py"
    )
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    for name in names:
        r = subprocess.run([sys.executable, name], cwd=HERE, env=env, capture_output=True, text=True)
        base = os.path.join(HERE, name)
        for suffix, text in ((".out", r.stdout), (".err", r.stderr), (".code", str(r.returncode) if r.returncode else "")):
            path = base + suffix
            if text:
                with open(path, "w") as f:
                    f.write(text)
            elif os.path.exists(path):
                os.remove(path)
        print(name, r.returncode)


if __name__ == "__main__":
    main()
