# Ctrl-C while reading stdin (a pipe that stays open) raises KeyboardInterrupt there.
import sys

try:
    print("ready", flush=True)
    line = sys.stdin.readline()
    print("read", repr(line))
except KeyboardInterrupt:
    print("interrupted read")
