# A handler's exception surfaces in the innermost running Python frame.
import signal


class Stop(Exception):
    pass


def on_int(signum, frame):
    raise Stop("from handler")


signal.signal(signal.SIGINT, on_int)


def leaf(n):
    return n + 1


def loop():
    n = 0
    print("ready", flush=True)
    while True:
        n = leaf(n)


try:
    loop()
except Stop as e:
    print("stopped:", e)
