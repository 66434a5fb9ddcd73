# bench-group: library
"""Regex DNA: count variants of 8-mers with alternations, then expand IUB
codes by substitution, over a generated DNA sequence."""

import re

from _harness import run

LENGTH = 150000

VARIANTS = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
]

SUBSTITUTIONS = [
    ("tHa[Nt]", "<4>"),
    ("aND|caN|Ha[DS]|WaS", "<3>"),
    ("a[NSt]|BY", "<2>"),
    ("<[^>]*>", "|"),
    ("\\|[^|][^|]*\\|", "-"),
]


def make_sequence(n):
    alphabet = "acgtacgtacgtBDHKMNRSVWY"
    state = 42
    out = []
    planted = ["agggtaaa", "cgggtaaa", "tttaccca", "actgtaaa", "ttacccct", "agggtcaa"]
    for i in range(n):
        if i % 499 == 0:
            out.append(planted[i % len(planted)])
        state = (state * 3877 + 29573) % 139968
        out.append(alphabet[state % 23] if state % 97 < 3 else alphabet[state % 4])
        if len(out) % 60 == 0:
            out.append("\n")
    return ">THREE Homo sapiens\n" + "".join(out)


def workload():
    seq = make_sequence(LENGTH)
    original = len(seq)
    seq = re.sub(">.*\n|\n", "", seq)
    cleaned = len(seq)
    counts = [len(re.findall(v, seq)) for v in VARIANTS]
    for pattern, replacement in SUBSTITUTIONS:
        seq = re.sub(pattern, replacement, seq)
    return (original, cleaned, counts, len(seq))


if __name__ == "__main__":
    run(workload, (154962, 152408, [51, 101, 0, 0, 0, 0, 50, 0, 0], 74050))
