# stdin at its end (the tests give an empty one): every read is empty, iteration ends.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), repr(sys.stdin.read(5)))
print(list(sys.stdin), sys.stdin.readlines())
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline(), sys.stdin.buffer.read1(10), list(sys.stdin.buffer))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e)
