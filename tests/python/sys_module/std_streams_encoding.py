# What stdout cannot encode: strict raises (after what was written before), a reconfigured
# error handler replaces; stderr uses backslashreplace.
import sys

print("before")
sys.stderr.write("lone \udc80 surrogate\n")
sys.stdout.reconfigure(errors="replace")
print("replaced: \udc80", sys.stdout.errors)
sys.stdout.reconfigure(errors="strict")
print(sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print("caf\u00e9", sys.stdout.encoding)
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print("caf\u00e9", sys.stdout.encoding)
try:
    sys.stdout.reconfigure(encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
print("partial", "\udc81")
