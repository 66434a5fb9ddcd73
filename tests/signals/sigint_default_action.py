# SIG_DFL for SIGINT: death by the signal itself, with no KeyboardInterrupt.
import signal

signal.signal(signal.SIGINT, signal.SIG_DFL)
try:
    print("ready", flush=True)
    while True:
        pass
finally:
    print("never printed")
