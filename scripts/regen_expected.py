#!/usr/bin/env python3
"""Regenerate tests/parser/**/X.expected from CPython 3.11 (the oracle).

For every tests/parser/valid/**/X.py the expected file holds what
`python3 -m ast -a --no-type-comments X.py` prints (run from the repo root), i.e. the
indented dump with positions plus a newline. For every tests/parser/invalid/**/X.py it
holds ''.join(traceback.format_exception_only(err)) for the SyntaxError that ast.parse
raises. The file name shown is the path relative to the repo root, so `swallow --ast` run
from the root prints the same text.

A valid case that CPython rejects, or an invalid case that it accepts (or rejects with
something other than SyntaxError), is an error in the corpus: the script reports every such
case and exits 1 without leaving stale outputs behind for them.

Lone surrogates (possible only in the source line of a decoding error) are written as '?';
the test runner applies the same replacement to Swallow's output before comparing.
"""

import ast
import os
import sys
import traceback
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "parser")


def expected_for(relpath: str, source: bytes, valid: bool) -> str:
    """Return the expected text, or raise AssertionError when the case is in the wrong corpus."""
    try:
        with warnings.catch_warnings():
            # Invalid escape sequences warn; the warning is not part of the dump.
            warnings.simplefilter("ignore")
            tree = ast.parse(source, relpath, "exec", type_comments=False)
    except SyntaxError as err:  # IndentationError and TabError are subclasses
        if valid:
            detail = "".join(traceback.format_exception_only(err))
            raise AssertionError(f"{relpath}: CPython rejects a valid case:\n{detail}")
        return "".join(traceback.format_exception_only(err))
    except Exception as err:  # noqa: BLE001 - anything else is a corpus error too
        raise AssertionError(f"{relpath}: CPython raised {type(err).__name__}: {err}")
    if not valid:
        raise AssertionError(f"{relpath}: CPython accepts an invalid case")
    return ast.dump(tree, include_attributes=True, indent=3) + "\n"


def main() -> int:
    os.chdir(ROOT)
    problems: list[str] = []
    written = 0
    for kind in ("valid", "invalid"):
        top = os.path.join("tests", "parser", kind)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".py"):
                    continue
                relpath = os.path.join(dirpath, name).replace(os.sep, "/")
                out_path = relpath[: -len(".py")] + ".expected"
                with open(relpath, "rb") as f:
                    source = f.read()
                try:
                    text = expected_for(relpath, source, kind == "valid")
                except AssertionError as err:
                    problems.append(str(err))
                    if os.path.exists(out_path):
                        os.remove(out_path)
                    continue
                data = text.encode("utf-8", "replace")
                old = None
                if os.path.exists(out_path):
                    with open(out_path, "rb") as f:
                        old = f.read()
                if old != data:
                    with open(out_path, "wb") as f:
                        f.write(data)
                written += 1
    # Remove .expected files whose .py is gone.
    for dirpath, _dirnames, filenames in os.walk(CASES):
        for name in filenames:
            if name.endswith(".expected") and not os.path.exists(
                os.path.join(dirpath, name[: -len(".expected")] + ".py")
            ):
                os.remove(os.path.join(dirpath, name))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"regen_expected: {len(problems)} corpus error(s)", file=sys.stderr)
        return 1
    print(f"regen_expected: {written} cases up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
