# Ctrl-C while waiting for a child: the wait ends at once (subprocess.run kills the child).
import subprocess
import time

start = time.monotonic()
print("ready", flush=True)
try:
    subprocess.run(["sleep", "5"])
except KeyboardInterrupt:
    print("interrupted the wait:", time.monotonic() - start < 4)
