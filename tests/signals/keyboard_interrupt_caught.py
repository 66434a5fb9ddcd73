# KeyboardInterrupt caught in a hot function (compiled or entered by OSR) and life goes on.
import sys


def work():
    n = 0
    try:
        print("ready", flush=True)
        while True:
            n += 1
    except KeyboardInterrupt as e:
        print("caught", type(e).__name__, e.args, e.__context__)
    return "done"


print(work())
sys.exit(3)
