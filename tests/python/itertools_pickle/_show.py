# Renders __reduce__ results without addresses: types by qualified name, containers
# recursively, and other objects whose repr has an address by their type's name.


def show(x):
    if isinstance(x, type):
        return f"{x.__module__}.{x.__qualname__}"
    if isinstance(x, tuple):
        inner = ", ".join(show(v) for v in x)
        return f"({inner},)" if len(x) == 1 else f"({inner})"
    if isinstance(x, list):
        return "[" + ", ".join(show(v) for v in x) + "]"
    r = repr(x)
    if " at 0x" in r and r.endswith(">"):
        return f"<{type(x).__name__}>"
    return r


def err(f):
    try:
        return show(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
