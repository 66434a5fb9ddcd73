# Files still open when the program ends are flushed and closed, wrapper before buffer
# before raw file; with -W default each names itself in a ResourceWarning from `sys`.
# test-timeout: 60
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
child = """
import io, sys
t = open("t.txt", "w")
t.write("text " * 3)
b = io.BufferedWriter(io.FileIO("b.bin", "w"))
b.write(b"bytes")
r = io.FileIO("r.bin", "w")
r.write(b"raw")
a = open("a.txt", "a")
print("appended", file=a)
if len(sys.argv) > 1:
    sys.exit(3)
"""
for args in ([], ["exit"]):
    for flags in ([], ["-W", "default"]):
        p = subprocess.run([sys.executable, *flags, "-c", child, *args], cwd=d, capture_output=True, text=True)
        print(p.returncode, repr(p.stdout))
        for line in p.stderr.splitlines():
            print("  ", line.replace(d, "D"))
        for name in ("t.txt", "b.bin", "r.bin", "a.txt"):
            with open(os.path.join(d, name), "rb") as f:
                print("  ", name, f.read())
for name in ("t.txt", "b.bin", "r.bin", "a.txt"):
    os.remove(os.path.join(d, name))
os.rmdir(d)
