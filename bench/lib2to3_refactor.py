# bench-group: library
# bench-requires: lib2to3
"""lib2to3: refactor a set of Python 2 files (bench/data/2to3/) with all the
standard fixers, as the 2to3 tool does."""

import os
import warnings

from _harness import run

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from lib2to3 import refactor

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "2to3")


def load_sources():
    sources = []
    for name in sorted(os.listdir(DATA)):
        if name.endswith(".py"):
            with open(os.path.join(DATA, name)) as f:
                sources.append((name, f.read()))
    return sources


def workload():
    fixers = refactor.get_fixers_from_package("lib2to3.fixes")
    tool = refactor.RefactoringTool(fixers)
    sources = load_sources()
    total = 0
    prints = 0
    for name, source in sources:
        tree = tool.refactor_string(source, name)
        text = str(tree)
        total += len(text)
        prints += text.count("print(")
    return (len(sources), total, prints)


if __name__ == "__main__":
    run(workload, (4, 3253, 5))
