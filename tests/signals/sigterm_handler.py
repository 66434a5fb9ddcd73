# signal: SIGTERM
# A SIGTERM handler that raises SystemExit ends the program through Python.
import signal


def on_term(signum, frame):
    raise SystemExit(f"terminated by {signal.Signals(signum).name}")


signal.signal(signal.SIGTERM, on_term)
try:
    print("ready", flush=True)
    while True:
        pass
finally:
    print("cleaned up")
