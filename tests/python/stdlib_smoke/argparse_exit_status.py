# An uncaught argparse error: usage and message go to the real stderr, the process exits 2,
# and stdout written before it is still flushed.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("count", type=int)
print(p.parse_args(["4"]).count)
p.parse_args(["four"])
print("not reached")
