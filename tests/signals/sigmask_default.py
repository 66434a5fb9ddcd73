# signal: SIGTERM
# A blocked SIGTERM waits; unblocked, its default action ends the process.
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
print("ready", flush=True)
start = time.monotonic()
while not signal.sigpending() and time.monotonic() - start < 20:
    time.sleep(0.01)
print("pending", signal.sigpending(), flush=True)
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
finally:
    print("never printed")
