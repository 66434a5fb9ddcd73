"""Drives an interactive session on a pseudo-terminal, for tests/unit/interactive.test.ts.

usage: _pty_session.py COMMAND... < steps.json

The steps are [text, seconds] pairs: each text is typed (bytes as latin-1), then the
output is read for that long. Prints the whole output with terminal escapes removed and
carriage returns dropped, then the exit status.
"""

import json
import os
import pty
import re
import select
import sys
import time


def main() -> None:
    steps = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    out = bytearray()

    def drain(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    out.extend(os.read(fd, 65536))
                except OSError:
                    return

    drain(3.0)
    for text, seconds in steps:
        os.write(fd, text.encode("latin-1"))
        drain(seconds)
    _, status = os.waitpid(pid, 0)
    drain(0.2)
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", out.decode("utf-8", "replace")).replace("\r", "")
    print(text)
    print("status", os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
