# bench-group: library
"""Writing a text file line by line, then reading it back by lines as text and as bytes:
what a log writer or a CSV-ish script does through open()."""

import os
import tempfile

from _harness import run


def workload():
    fd, path = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        with open(path, "w", encoding="utf-8") as f:
            for i in range(60000):
                f.write("record %d,caf\u00e9,%d\n" % (i, i * 7 % 1000))
        chars = 0
        fields = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                chars += len(line)
                fields += line.count(",")
        raw = 0
        with open(path, "rb") as f:
            for line in f:
                raw += len(line)
        return (chars, fields, raw)
    finally:
        os.remove(path)


if __name__ == "__main__":
    run(workload, (1302290, 120000, 1362290))
