# signal: none
# signal.alarm and setitimer(ITIMER_REAL) deliver SIGALRM to a busy loop and to pause().
import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
print("alarm(1) returns", signal.alarm(1))
print("alarm(0) returns", signal.alarm(0))
print("getitimer when off", signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0.2)
left, interval = signal.getitimer(signal.ITIMER_REAL)
print("left in (0, 0.2]:", 0 < left <= 0.2, "interval", interval)
start = time.monotonic()
while not fired and time.monotonic() - start < 10:
    pass
print("fired in a loop", fired)
signal.setitimer(signal.ITIMER_REAL, 0.1)
signal.pause()
print("fired in pause", fired)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
while len(fired) < 5:
    time.sleep(0.01)
print("repeating timer fired", len(fired) >= 5)
print("stopped", signal.setitimer(signal.ITIMER_REAL, 0)[1])
for which in (signal.ITIMER_REAL, 7):
    try:
        signal.setitimer(which, -1)
    except OSError as e:
        print(type(e).__name__, e)
print("ready", flush=True)
