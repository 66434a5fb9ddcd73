# A mapping pattern may not check the same key twice, with keys compared as Python compares them.
cases = [
    "{0: _, False: _}", "{0: _, 0.0: _}", "{0: _, -0.0: _}", "{0: _, 0j: _}", "{1: _, True: _}",
    "{-1: _, -1: _}", "{-1: _, -1.0: _}", "{1.5: _, 1.5: _}", "{'a': _, 'a': _}", "{b'a': _, b'a': _}",
    "{'a': _, b'a': _}", "{None: _, None: _}", "{2j: _, 2j: _}", "{-2j: _, -2j: _}", "{1: _, 2: _}",
    "{'\\n': _, '\\n': _}", "{1e300: _, 1e300: _}", "{0.5: _, 1: _}",
]
for pat in cases:
    src = f"match x:\n    case {pat}:\n        pass\n"
    try:
        compile(src, "<test>", "exec")
        print(pat, "ok")
    except SyntaxError as e:
        print(pat, "SyntaxError:", e.msg, e.lineno, e.offset)
