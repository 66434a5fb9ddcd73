# pos/endpos beyond C's ssize_t raise OverflowError before the subject's type is looked at
# (Argument Clinic converts them first); within it they are clamped to the subject.
import re
import sys

p = re.compile("a")
calls = [
    ("search", (b"x", sys.maxsize + 1)),
    ("match", ("x", 0, 2**70)),
    ("fullmatch", ("xa", -(2**64))),
    ("search", (b"x",)),
    ("findall", (b"x", 2**64)),
    ("finditer", ("aaa", -(2**80))),
    ("scanner", (b"x", 0, 2**64)),
    ("search", ("xa", sys.maxsize)),
    ("search", ("xa", -sys.maxsize - 1, sys.maxsize)),
    ("findall", ("aXa", 1, 2**40)),
]
for name, args in calls:
    try:
        r = getattr(p, name)(*args)
        if name in ("finditer", "scanner"):
            r = type(r).__name__
        print(name, r)
    except Exception as e:
        print(name, type(e).__name__, e)
