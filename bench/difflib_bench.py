# bench-group: library
"""difflib: unified and context diffs, SequenceMatcher ratios and
get_close_matches over generated texts."""

import difflib

from _harness import run


def make_texts():
    a = []
    b = []
    for i in range(600):
        line = "line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i % 13)
        a.append(line)
        if i % 17 == 0:
            b.append(line.replace("quick", "slow"))
        elif i % 29 == 0:
            continue
        else:
            b.append(line)
        if i % 41 == 0:
            b.append("inserted line %d\n" % i)
    return a, b


def workload():
    a, b = make_texts()
    for _ in range(6):
        unified = list(difflib.unified_diff(a, b, "a.txt", "b.txt"))
        context = list(difflib.context_diff(a, b, "a.txt", "b.txt"))
        ratio = difflib.SequenceMatcher(None, a[:200], b[:200]).ratio()
    words = ["apple", "apply", "ample", "maple", "applet", "happy", "pineapple", "applesauce"]
    close = difflib.get_close_matches("appel", words * 5, n=3)
    return (len(unified), len(context), round(ratio, 6), close)


if __name__ == "__main__":
    run(workload, (478, 859, 0.91, ['apply', 'apply', 'apply']))
