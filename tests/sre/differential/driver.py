"""Runs the cases of the `re` differential corpus and prints one result line per case.

Both sides use this file: scripts/gen_sre_differential.py runs it under python3 to record
CPython's result of every case of corpus.py in corpus.expected, and
tests/unit/sre_differential.test.ts runs it under Swallow (`swallow driver.py corpus.py`)
and compares each printed line with the recorded one. A result is the ascii() of plain
data (tuples, lists, str, bytes, ints, None), so a difference anywhere in a match (spans,
groups, lastindex, repr) or in an error (exception type, message, position) shows up as a
different line. Warnings raised while a case runs are part of its result.

corpus.py is Python source, `CASES = [(pattern, flags, operation, subject, args), ...]`,
read with one compile rather than a JSON decoder (Swallow's json is pure Python, and
slower than the whole of the matching). Arguments that a literal cannot spell are dicts:
see decode_arg.
"""

import re
import sys
import warnings


def _text(m, g=0):
    return m.group(g)


def _empty_like(m):
    return b"" if isinstance(m.string, bytes) else ""


def _join(m, parts):
    if isinstance(m.string, bytes):
        return b"".join(p.encode("latin-1") if isinstance(p, str) else p for p in parts)
    return "".join(parts)


# Replacement callables for sub/subn, named so that a case can refer to one.
CALLABLES = {
    "brk": lambda m: _join(m, ["<", _text(m), ">"]),
    "upper": lambda m: _text(m).upper(),
    "len": lambda m: _join(m, [str(len(_text(m)))]),
    "none": lambda m: None,
    "g1": lambda m: m.group(1),
    "int": lambda m: 5,
    "span": lambda m: _join(m, [repr(m.span())]),
    "last": lambda m: _join(m, [repr((m.lastindex, m.lastgroup))]),
    "swap": lambda m: _join(m, [m.group(2) or _empty_like(m), m.group(1) or _empty_like(m)]),
    "raise": lambda m: 1 / 0,
}


def describe_error(e):
    if isinstance(e, re.error):
        return ("re.error", e.msg, e.pos, e.lineno, e.colno, str(e))
    return (type(e).__name__, str(e))


def summary(m):
    if m is None:
        return None
    n = m.re.groups
    return (
        m.span(),
        tuple(m.span(i) for i in range(1, n + 1)),
        m.groups(),
        m.groupdict(),
        m.lastindex,
        m.lastgroup,
        m.group(0),
        m.pos,
        m.endpos,
        repr(m),
    )


def repl_of(a):
    if isinstance(a, dict) and "call" in a:
        return CALLABLES[a["call"]]
    return decode_arg(a)


def op_compile(p, s, a):
    return (p.pattern, p.flags, p.groups, sorted(p.groupindex.items()), repr(p))


def op_search(p, s, a):
    return summary(p.search(s, *a))


def op_match(p, s, a):
    return summary(p.match(s, *a))


def op_fullmatch(p, s, a):
    return summary(p.fullmatch(s, *a))


def op_findall(p, s, a):
    return p.findall(s, *a)


def op_finditer(p, s, a):
    return [(m.span(), m.groups(), m.lastindex) for m in p.finditer(s, *a)]


def op_split(p, s, a):
    return p.split(s, *a)


def op_sub(p, s, a):
    return p.sub(repl_of(a[0]), s, *a[1:])


def op_subn(p, s, a):
    return p.subn(repl_of(a[0]), s, *a[1:])


def op_expand(p, s, a):
    m = p.search(s)
    return None if m is None else m.expand(decode_arg(a[0]))


def op_matchapi(p, s, a):
    """a is a list of [method, args...]; each call's result or error is recorded."""
    m = p.search(s)
    if m is None:
        return None
    out = []
    for call in a:
        name, args = call[0], decode_arg(call[1:])
        try:
            if name == "getitem":
                r = m[args[0]]
            elif name == "attr":
                r = getattr(m, args[0])
                if args[0] == "re":
                    r = repr(r)
            else:
                r = getattr(m, name)(*args)
            out.append(r)
        except Exception as e:
            out.append(describe_error(e))
    return out


def op_escape(p, s, a):
    return re.escape(s)


def op_module(p, s, a):
    """The module-level functions, which take the pattern source and flags."""
    name = a[0]
    src, flags = p
    if name in ("sub", "subn"):
        return getattr(re, name)(src, repl_of(a[1]), s, *a[2:], flags=flags)
    if name == "finditer":
        return [m.span() for m in re.finditer(src, s, flags)]
    if name == "split":
        return re.split(src, s, *a[1:], flags=flags)
    r = getattr(re, name)(src, s, flags)
    return summary(r) if name in ("search", "match", "fullmatch") else r


def shown(r):
    if isinstance(r, re.Match):
        return summary(r)
    if isinstance(r, re.Pattern):
        return repr(r)
    if isinstance(r, memoryview):
        return ("memoryview", r.tobytes())
    if type(r).__name__ == "callable_iterator":
        return [summary(m) for m in r]
    return r


def decode_arg(v):
    """Besides str/bytes: {"ba": ...} a bytearray, {"mv": ...} a memoryview, {"big": n} 2**n,
    {"call": name} a replacement callable, {"rx": source} a compiled pattern."""
    if isinstance(v, dict):
        if "ba" in v:
            return bytearray(v["ba"].encode("latin-1"))
        if "mv" in v:
            return memoryview(v["mv"].encode("latin-1"))
        if "big" in v:
            return 2 ** v["big"]
        if "call" in v:
            return CALLABLES[v["call"]]
        if "rx" in v:
            return re.compile(v["rx"])
    if isinstance(v, list):
        return [decode_arg(x) for x in v]
    return v


def op_call(p, s, a):
    """a = [target, method, positional args, keyword args]: a method of the pattern ("p"),
    of its match on s ("m"), of its scanner over s ("sc"), or a function of re ("re")."""
    target, name, args, kwargs = a
    args = [decode_arg(x) for x in args]
    kwargs = {k: decode_arg(v) for k, v in kwargs.items()}
    obj = {"p": lambda: p, "m": lambda: p.search(decode_arg(s)), "sc": lambda: p.scanner(decode_arg(s)), "re": lambda: re}[target]()
    if obj is None:
        return None
    return shown(getattr(obj, name)(*args, **kwargs))


def raises(f):
    """The name of the exception f() raises (for errors whose message is not re's)."""
    try:
        f()
    except Exception as e:
        return type(e).__name__
    return None


def op_expr(p, s, a):
    """A Python expression over re, p (the compiled pattern) and s; what it prints (the
    re.DEBUG dump) is part of the result."""
    import copy
    import io
    import pickle
    from contextlib import redirect_stdout

    printed = io.StringIO()
    with redirect_stdout(printed):
        names = {"re": re, "p": p, "s": s, "copy": copy, "pickle": pickle, "raises": raises}
        r = shown(eval(a[0], names))
    return (r, printed.getvalue()) if printed.getvalue() else r


OPS = {
    "call": op_call,
    "expr": op_expr,
    "compile": op_compile,
    "search": op_search,
    "match": op_match,
    "fullmatch": op_fullmatch,
    "findall": op_findall,
    "finditer": op_finditer,
    "split": op_split,
    "sub": op_sub,
    "subn": op_subn,
    "expand": op_expand,
    "matchapi": op_matchapi,
    "escape": op_escape,
    "module": op_module,
}


def run(case):
    pattern, flags, op, s, a = case
    s = decode_arg(s)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if op in ("escape", "module"):
                p = (pattern, flags)
            else:
                p = re.compile(pattern, flags)
            result = OPS[op](p, s, a)
        except Exception as e:
            result = ("raised",) + describe_error(e)
    warned = tuple((w.category.__name__, str(w.message)) for w in caught)
    return ascii((result, warned) if warned else result)


def main(path):
    # Binary: compile() decodes the UTF-8 itself, and Swallow's text read of a large file
    # with astral characters in it is slow.
    with open(path, "rb") as f:
        source = f.read()
    namespace = {}
    exec(compile(source, path, "exec"), namespace)
    out = sys.stdout
    for case in namespace["CASES"]:
        out.write(run(case) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
