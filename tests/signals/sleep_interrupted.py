# Ctrl-C wakes time.sleep at once.
import time

start = time.monotonic()
try:
    print("ready", flush=True)
    time.sleep(60)
except KeyboardInterrupt:
    print("woken early:", time.monotonic() - start < 30)
