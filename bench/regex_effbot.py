# bench-group: library
"""Regular expression engine micro-workloads: literal, alternation, classes,
repetition, backreferences and anchors, each searched in strings of
increasing length."""

import re

from _harness import run

PATTERNS = [
    ("abc", "xxxxxxabcxxx"),
    ("(abc|def)+", "xxabcdefabcxx"),
    ("[a-z]+@[a-z]+\\.com", "mail bob@example.com now"),
    ("(a+)+b", "aaaaaaaaaaab"),
    ("(\\w+) \\1", "hello hello world"),
    ("^\\d{3}-\\d{4}$", "555-1234"),
    ("x*y*z*q", "xxxyyyzzzq"),
    ("(?i)HeLLo", "say hello there"),
    ("\\bfoo\\b", "a foo b"),
    ("(?:ab){3,5}c", "ababababc"),
    ("[^aeiou\\s]+", "rhythm and blues"),
    ("(?P<year>\\d{4})-(?P<month>\\d\\d)", "on 2024-05-17 at noon"),
    ("a.*?z", "a12345678z987z"),
    ("(?=.*\\d)(?=.*[a-z])\\w{6,}", "passw0rd"),
]


def workload():
    compiled = [(re.compile(p), s) for p, s in PATTERNS]
    found = 0
    spans = 0
    for n in (1, 10, 50):
        for regex, sample in compiled:
            text = ("-" * n) + sample + ("-" * n)
            for _ in range(400):
                m = regex.search(text)
                if m:
                    found += 1
                    spans += m.end() - m.start()
    return (found, spans)


if __name__ == "__main__":
    run(workload, (15600, 154000))
