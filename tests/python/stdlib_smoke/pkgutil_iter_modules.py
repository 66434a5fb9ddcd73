# pkgutil walks sys.path entries through sys.path_hooks and sys.path_importer_cache.
import importlib.machinery
import os
import pkgutil
import sys

import json

here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, "_pkgutil_tree")
sys.path.insert(0, tree)

print(type(sys.path_importer_cache).__name__, len(sys.path_hooks) > 0)
print([(m.name, m.ispkg) for m in pkgutil.iter_modules(json.__path__)])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tree, "pkg")], "pkg.")])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tree, "missing")])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tree, "pkg", "alpha.py")])])
print(sorted(name for _, name, _ in pkgutil.walk_packages([os.path.join(tree, "pkg")], "pkg.")))
print(pkgutil.get_importer(os.path.join(tree, "pkg", "alpha.py")))
print([m.name for m in pkgutil.iter_modules() if m.name == "pkg"])
finder = pkgutil.get_importer(os.path.join(tree, "pkg"))
print(finder is pkgutil.get_importer(os.path.join(tree, "pkg")))
spec = finder.find_spec("pkg.beta")
print(spec.name, os.path.basename(spec.origin), spec.submodule_search_locations)
spec = finder.find_spec("pkg.sub")
print(spec.name, os.path.basename(spec.origin), [os.path.basename(p) for p in spec.submodule_search_locations])
print(finder.find_spec("pkg.nothing"))
spec = importlib.machinery.PathFinder.find_spec("pkg", [tree])
print(spec.name, os.path.basename(spec.origin))
print("pkg.beta" in sys.modules)
