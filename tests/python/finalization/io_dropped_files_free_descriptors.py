# A program that drops open files instead of closing them does not run out of file
# descriptors: CPython closes each file when it is dropped; Swallow, which frees them only at
# collection points, collects when the process runs out.
import os
import subprocess
import sys
import tempfile

child = """
import os, sys
d = sys.argv[1]
for i in range(400):
    f = open(os.path.join(d, "f%d" % (i % 7)), "w")
    f.write(str(i))
print("opened 400 files")
del f
print(sorted(open(os.path.join(d, "f%d" % k)).read() for k in range(7)))
"""

d = tempfile.mkdtemp()
r = subprocess.run(["sh", "-c", 'ulimit -n 64 && exec "$0" -c "$1" "$2"', sys.executable, child, d],
                   capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(r.stderr[-300:], end="")
