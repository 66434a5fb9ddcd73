# A Python SIGINT handler runs between instructions, with the interrupted frame.
import signal

hits = []


def on_int(signum, frame):
    hits.append(signum)
    print("handler", signum, type(frame).__name__, frame.f_code.co_name, flush=True)


old = signal.signal(signal.SIGINT, on_int)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is on_int)


def spin():
    print("ready", flush=True)
    while not hits:
        pass


spin()
print("after", hits)
