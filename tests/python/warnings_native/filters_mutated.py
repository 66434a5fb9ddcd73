# The registries remember a warning until the filters change (_filters_mutated bumps a
# version that empties them); the filters list is read again at each step, so a filter
# whose match() changes it is safe.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"  shown: {message} at {lineno}")


warnings.showwarning = show
warnings.resetwarnings()
registry = {}
warnings.warn_explicit("same", UserWarning, "f.py", 1, registry=registry)
warnings.warn_explicit("same", UserWarning, "f.py", 1, registry=registry)
print("after two:", sorted(repr(k) for k in registry))

# Changing the list without telling _warnings: the registry still hides it.
warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
warnings.warn_explicit("same", UserWarning, "f.py", 1, registry=registry)
print("unannounced change: nothing shown")
warnings._filters_mutated()
warnings.warn_explicit("same", UserWarning, "f.py", 1, registry=registry)
print("after _filters_mutated:", sorted(repr(k) for k in registry))

# A registry whose version is not an int, or is stale, is emptied.
registry = {"version": "x", ("old", UserWarning, 1): True}
warnings.simplefilter("default")
warnings.warn_explicit("new", UserWarning, "f.py", 1, registry=registry)
print(sorted(repr(k) for k in registry))
registry = {"version": 10**6, ("new", UserWarning, 1): True}
warnings.warn_explicit("new", UserWarning, "f.py", 1, registry=registry)
print(sorted(repr(k) for k in registry))
registry[("new", UserWarning, 1)] = 0
warnings.warn_explicit("new", UserWarning, "f.py", 1, registry=registry)
print("falsy entry shows again")


class Mutating:
    def match(self, text):
        print("  match() called, clearing the filters")
        del warnings.filters[:]
        return False


warnings.resetwarnings()
warnings.filters[:] = [
    ("error", Mutating(), Warning, None, 0),
    ("error", None, Warning, None, 0),
]
warnings._filters_mutated()
warnings.warn("while mutating")
print("filters now", warnings.filters)

# Replacing the list object itself.
warnings.filters = [("error", None, UserWarning, None, 0)]
try:
    warnings.warn("new list")
except UserWarning as e:
    print("raised from the new list:", e)
del warnings.filters
try:
    warnings.warn("filters deleted: the last list is kept")
except UserWarning as e:
    print("raised:", e)
