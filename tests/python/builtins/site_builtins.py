# The names site.py puts in builtins.
import builtins

print(exit, quit)
print(type(exit).__name__, type(help).__name__, type(copyright).__name__)
print(repr(help))
print(repr(credits).splitlines()[0])
print(callable(license), hasattr(builtins, "exit"))
try:
    exit(5)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("message to stderr")
