# signal: none
# SIGALRM with its default action ends the process ("Alarm clock").
import signal

signal.alarm(1)
try:
    print("ready", flush=True)
    while True:
        pass
finally:
    print("never printed")
