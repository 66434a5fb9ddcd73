# SIG_IGN: Ctrl-C does nothing.
import signal
import time

signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ready", flush=True)
start = time.monotonic()
while time.monotonic() - start < 1.0:
    pass
print("survived")
