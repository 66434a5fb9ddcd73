#!/usr/bin/env python3
"""A long-lived CPython parser oracle for the TypeScript parser tools.

Reads one JSON request per line on stdin and writes one JSON reply per line on stdout, so
that scripts/parity_stdlib.ts, scripts/mutate_parse.ts and scripts/bench_parse.ts can ask
CPython about thousands of sources without starting a process for each.

Requests (each may carry an "id" that is echoed back):
  {"op": "dump", "path": P, "name": N}   parse the file's bytes with filename N (default P);
      reply {"ok": true, "dump": ast.dump(..., indent=3, include_attributes=True)} or an error.
  {"op": "check", "source": B64, "name": N}   parse base64 bytes; reply ok or error, no dump.
  {"op": "bench", "paths": [P...], "rounds": R}   time ast.parse over the files (read first,
      reading not timed); reply {"ok": true, "rounds": [seconds...], "files": n}.
An error reply is {"ok": false, "kind": "SyntaxError", "msg", "lineno", "offset", "text":
formatted ''.join(traceback.format_exception_only(err))}; exceptions other than SyntaxError
are reported with their own kind and lineno null.
"""

import ast
import base64
import json
import sys
import time
import traceback
import warnings


def parse(source: bytes, name: str, want_dump: bool) -> dict:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, name, "exec", type_comments=False)
    except SyntaxError as err:
        return {
            "ok": False,
            "kind": type(err).__name__,
            "msg": err.msg,
            "lineno": err.lineno,
            "offset": err.offset,
            "text": "".join(traceback.format_exception_only(err)),
        }
    except (ValueError, MemoryError, RecursionError, OverflowError) as err:
        return {"ok": False, "kind": type(err).__name__, "msg": str(err), "lineno": None, "offset": None,
                "text": "".join(traceback.format_exception_only(err))}
    reply: dict = {"ok": True}
    if want_dump:
        reply["dump"] = ast.dump(tree, include_attributes=True, indent=3)
    return reply


def bench(paths: list, rounds: int) -> dict:
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append((f.read(), p))
    times = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(rounds):
            start = time.perf_counter()
            for src, p in sources:
                ast.parse(src, p, "exec", type_comments=False)
            times.append(time.perf_counter() - start)
    return {"ok": True, "rounds": times, "files": len(sources)}


def handle(req: dict) -> dict:
    op = req.get("op")
    if op == "dump":
        with open(req["path"], "rb") as f:
            source = f.read()
        return parse(source, req.get("name") or req["path"], True)
    if op == "check":
        return parse(base64.b64decode(req["source"]), req.get("name", "<mutant>"), False)
    if op == "bench":
        return bench(req["paths"], int(req.get("rounds", 1)))
    return {"ok": False, "kind": "OracleError", "msg": f"unknown op {op!r}", "lineno": None}


def main() -> None:
    sys.setrecursionlimit(10000)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            reply = handle(req)
        except Exception as err:  # noqa: BLE001 - the oracle must keep answering
            reply = {"ok": False, "kind": "OracleError", "msg": repr(err), "lineno": None}
        if "id" in req:
            reply["id"] = req["id"]
        out.write(json.dumps(reply, ensure_ascii=True) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
