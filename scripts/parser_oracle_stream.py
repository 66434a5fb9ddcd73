#!/usr/bin/env python3
"""Streams CPython's verdict on many source files, for tests/unit/parser_stdlib_parity.test.ts.

The first line on stdin is a JSON list of paths. For each path, in order, one JSON line is
written to stdout as soon as it is known:
  [i, "ok", md5]                   ast.parse accepted the file; md5 is the hex digest of
                                   ast.dump(tree, include_attributes=True) in UTF-8;
  [i, "error", kind, msg, lineno]  it raised (SyntaxError and its subclasses, or another
                                   exception, with lineno null).
Hashes keep the pipe small and let the caller compare while this process still works.
After the stream, each further stdin line is a JSON list of indices; the reply is one JSON
line per index: [i, ast.dump(tree, include_attributes=True, indent=3)], so that a caller can
show where a differing tree differs.
"""

import ast
import hashlib
import json
import sys
import warnings


def parse(path: str):
    with open(path, "rb") as f:
        source = f.read()
    return ast.parse(source, path, "exec", type_comments=False)


def main() -> int:
    warnings.simplefilter("ignore")  # invalid escape sequences warn; not part of the tree
    paths = json.loads(sys.stdin.readline())
    out = sys.stdout
    for i, path in enumerate(paths):
        try:
            tree = parse(path)
        except SyntaxError as err:
            line = [i, "error", type(err).__name__, err.msg, err.lineno]
        except Exception as err:  # noqa: BLE001 - reported, not fatal
            line = [i, "error", type(err).__name__, str(err), None]
        else:
            dump = ast.dump(tree, include_attributes=True)
            line = [i, "ok", hashlib.md5(dump.encode("utf-8", "surrogatepass")).hexdigest()]
        out.write(json.dumps(line) + "\n")
        if i % 8 == 7:
            out.flush()
    out.flush()
    for request in sys.stdin:
        for i in json.loads(request):
            dump = ast.dump(parse(paths[i]), include_attributes=True, indent=3)
            out.write(json.dumps([i, dump]) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
