# signal: none
# os.kill of this process and signal.raise_signal run a Python handler before returning.
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("SIGKILL:", e)
try:
    signal.set_wakeup_fd(9999)
except OSError as e:
    print("set_wakeup_fd:", e)
print("ready", flush=True)
