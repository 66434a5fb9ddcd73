# bench-group: library
"""Regular expressions in the style of web-page scripts: tokenising URLs,
parsing cookies and user agents, stripping tags, and substitutions."""

import re

from _harness import run


def make_corpus():
    lines = []
    for i in range(300):
        lines.append(
            "GET http://www%d.example.com:80%02d/path/to/page%d.html?q=%d&lang=en#frag%d "
            "Mozilla/5.0 (X11; Linux x86_64) Firefox/%d.0 cookie: sid=%x; theme=dark; n=%d "
            "<div class=\"c%d\"><b>bold %d</b> <a href='/x/%d'>link</a></div>"
            % (i % 7, i % 100, i, i * 3, i, 60 + i % 40, i * 7919, i, i % 5, i, i)
        )
    return lines


URL = re.compile(r"(\w+)://([\w.]+)(?::(\d+))?(/[^?#\s]*)?(?:\?([^#\s]*))?(?:#(\S*))?")
COOKIE = re.compile(r"(\w+)=([^;\s]*)")
AGENT = re.compile(r"(Firefox|Chrome|Safari)/(\d+)\.(\d+)")
TAG = re.compile(r"<[^>]+>")
SPACES = re.compile(r"\s+")
HEX = re.compile(r"\b[0-9a-f]{4,}\b")


def workload():
    corpus = make_corpus()
    ports = 0
    cookies = 0
    versions = 0
    text_len = 0
    for _ in range(9):
        for line in corpus:
            m = URL.search(line)
            if m and m.group(3):
                ports += int(m.group(3))
            cookies += len(COOKIE.findall(line))
            a = AGENT.search(line)
            versions += int(a.group(2))
            stripped = SPACES.sub(" ", TAG.sub("", line))
            stripped = HEX.sub(lambda h: str(len(h.group(0))), stripped)
            text_len += len(stripped)
            parts = re.split(r"[/?&=]", m.group(0))
            text_len += len(parts)
    return (ports, cookies, versions, text_len)


if __name__ == "__main__":
    run(workload, (21733650, 16200, 212850, 465498))
