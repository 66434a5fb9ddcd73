# The standard streams' two levels: text waits in the TextIOWrapper while bytes written to
# .buffer go ahead of it (stdout is a pipe here, so nothing is line-buffered).
import sys

print("text first")
sys.stdout.buffer.write(b"bytes second\n")
print(sys.stdout.write("caf\u00e9 \U0001f600\n"))
print(sys.stdout.buffer.write(bytearray(b"ba\n")), sys.stdout.buffer.write(memoryview(b"mv\n")))
sys.stdout.flush()
sys.stdout.buffer.write(b"after flush\n")
print(repr(sys.stdout.buffer), repr(sys.stdin.buffer))
print(repr(sys.stdout), repr(sys.stderr))
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.errors, s.line_buffering, s.write_through, s.newlines,
          s.fileno(), s.readable(), s.writable(), s.buffer.mode, s.buffer.name)
print(sys.stdout.seekable())  # a pipe here
sys.stderr.write("to stderr\n")
sys.stderr.buffer.write(b"stderr bytes\n")
sys.stdout.writelines(["a", "b", "\n"])
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.tell()
except OSError as e:
    print(type(e).__name__, e)
print(iter(sys.stdout) is sys.stdout)
