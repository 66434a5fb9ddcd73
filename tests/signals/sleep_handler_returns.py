# PEP 475: a handler that returns lets time.sleep go on for the time left.
import signal
import time

seen = []
signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
start = time.monotonic()
print("ready", flush=True)
time.sleep(3)
print("handled", seen, "slept out:", time.monotonic() - start >= 3)
