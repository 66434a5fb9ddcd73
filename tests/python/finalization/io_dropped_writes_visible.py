# What a dropped file object wrote is in the file by the next statement that looks at the
# file, as CPython's reference counting makes it: opening it again, stat(), a child process.
import json
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")

open(p, "w").write("hello")
print(repr(open(p).read()))

open(p, "wb").write(b"bytes\n")
print(open(p, "rb").read())

# Appends land in order, each before the next open of the file.
log = os.path.join(d, "log.txt")
for i in range(300):
    open(log, "a").write("%d\n" % i)
lines = open(log).read().split()
print(len(lines), lines == [str(i) for i in range(300)])

# The same file under another spelling of its path.
os.chdir(d)
open("rel.txt", "w").write("relative")
os.mkdir("sub")
print(open(os.path.join(d, "sub", "..", ".", "rel.txt")).read())

json.dump({"a": [1, 2]}, open(p, "w"))
print(json.load(open(p)))

open(p, "w").write("12345")
print(os.path.getsize(p), os.stat(p).st_size)

open(p, "w").write("for the child")
r = subprocess.run([sys.executable, "-c", "import sys; print(open(sys.argv[1]).read())", p],
                   capture_output=True, text=True)
print(r.stdout.strip())

# A file written through a helper function and read back.
def save(path, text):
    f = open(path, "w")
    f.write(text)

save(p, "from a function")
with open(p) as f:
    print(f.read())

# Big writes, past the buffer, and a buffered binary writer.
open(p, "w").write("x" * 20000)
print(len(open(p).read()))
b = open(p, "wb")
b.write(b"abc")
del b
print(open(p, "rb").read())
