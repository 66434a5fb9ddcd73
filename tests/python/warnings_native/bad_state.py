# Broken filters, registries and defaults raise the errors of CPython's _warnings.
import warnings

cases = [
    ("filters", 5),
    ("filters", [5]),
    ("filters", [(1, 2, 3, 4)]),
    ("filters", [(None, None, Warning, None, 0)]),
    ("filters", [("error", None, 5, None, 0)]),
    ("filters", [("error", None, Warning, None, "x")]),
    ("filters", [("error", None, Warning, 5, 0)]),
    ("filters", [("error", 5, Warning, None, 0)]),
    ("filters", [("error", None, Warning, None, 2**80)]),
    ("filters", [["error", None, Warning, None, 0]]),
    ("filters", [("error", "exact", Warning, None, 0)]),
    ("defaultaction", 5),
    ("onceregistry", 5),
]
saved = {name: getattr(warnings, name) for name in ["filters", "defaultaction", "onceregistry"]}
for name, value in cases:
    for key, v in saved.items():
        setattr(warnings, key, v)
    warnings.resetwarnings()
    if name == "defaultaction":
        warnings.filters.clear()
    if name == "onceregistry":
        warnings.simplefilter("once")
    setattr(warnings, name, value)
    warnings._filters_mutated()
    try:
        warnings.warn_explicit("exact", UserWarning, "f", 1)
        print(name, "ok")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
for key, v in saved.items():
    setattr(warnings, key, v)

# A __warningregistry__ that is not a dict.
__warningregistry__ = []
try:
    warnings.warn("bad registry")
except TypeError as e:
    print("TypeError:", e)
