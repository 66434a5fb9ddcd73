# Closing a descriptor twice, or one never opened, is OSError EBADF and nothing else (no
# warning from the host on stderr); so is any call on a negative one.
import os
import tempfile

for fd in (9999, -1):
    try:
        os.close(fd)
    except OSError as e:
        print(fd, e.errno, e.strerror)
with tempfile.NamedTemporaryFile() as f:
    fd = os.open(f.name, os.O_RDONLY)
    os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("twice", e.errno)
for call in (lambda: os.read(-1, 1), lambda: os.write(-1, b"x"), lambda: os.fstat(-1), lambda: os.lseek(-1, 0, 0)):
    try:
        call()
    except OSError as e:
        print(e.errno)
print(os.isatty(-1))
try:
    os.read(2**40, 1)
except OverflowError as e:
    print(e)
r, w = os.pipe()
os.close(w)
print(os.read(r, 10))
os.close(r)
