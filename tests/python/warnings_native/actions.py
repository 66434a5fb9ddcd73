# Every action of the filters and what each leaves in the registries.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  shown: {filename}:{lineno}: {category.__name__}: {message}")


def keys(registry):
    return sorted(repr(k) for k in registry)


print("default filters:")
for f in warnings.filters:
    print(" ", f)
warnings.showwarning = show
for action in ["default", "always", "module", "once", "ignore", "error"]:
    print(action)
    warnings.resetwarnings()
    warnings.simplefilter(action)
    warnings.onceregistry.clear()
    registry = {}
    for lineno in [1, 1, 2]:
        try:
            warnings.warn_explicit("text", UserWarning, "mod.py", lineno, registry=registry)
        except UserWarning as e:
            print("  raised", type(e).__name__, e)
    print("  registry", keys(registry))
    print("  onceregistry", keys(warnings.onceregistry))

# "once" without a registry uses the once registry.
warnings.resetwarnings()
warnings.simplefilter("once")
for lineno in [5, 6]:
    warnings.warn_explicit("once text", UserWarning, "other.py", lineno)
print("onceregistry", keys(warnings.onceregistry))

# An unknown action.
warnings.resetwarnings()
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
warnings._filters_mutated()
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)

# The default action, replaced and removed.
warnings.resetwarnings()
warnings.defaultaction = "ignore"
warnings.warn_explicit("with defaultaction ignore", UserWarning, "d.py", 1)
del warnings.defaultaction
warnings.warn_explicit("defaultaction removed: the last one seen stays", UserWarning, "d.py", 2)
warnings.defaultaction = "default"
warnings.warn_explicit("default again", UserWarning, "d.py", 3)

# Lines and modules in filters.
warnings.resetwarnings()
warnings.filterwarnings("ignore", lineno=2)
warnings.filterwarnings("error", module="special")
warnings.filterwarnings("always", message="keep")
for fn, ln in [("a.py", 1), ("a.py", 2), ("special.py", 3), ("special", 4), ("", 5)]:
    try:
        warnings.warn_explicit("keep me", UserWarning, fn, ln)
    except UserWarning as e:
        print("raised for", repr(fn), ln)
registry = {}
warnings.warn_explicit("explicit module", UserWarning, "special.py", 7, module="other", registry=registry)
print(keys(registry))
