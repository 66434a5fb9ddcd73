# linecache: getline/getlines over a file written by the script, out-of-range lines, cache
# invalidation by checkcache after the file changes, lazy loaders for module globals,
# missing files, and lines of the stdlib's own source through its module's loader.
import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "sample.py")
with open(path, "w", encoding="utf-8") as f:
    f.write("first\nsecond line\n\nfourth é\nno newline at end")
for n in [0, 1, 2, 3, 4, 5, 6, -1]:
    print(n, repr(linecache.getline(path, n)))
print(linecache.getlines(path))
print(path in linecache.cache, len(linecache.cache[path]), linecache.cache[path][0])
with open(path, "w", encoding="utf-8") as f:
    f.write("changed\n")
print(repr(linecache.getline(path, 1)))
os.utime(path, (1, 1))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)), path in linecache.cache)
linecache.clearcache()
print(len(linecache.cache))
print(repr(linecache.getline(path, 1)))
linecache.checkcache()
os.remove(path)
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)), linecache.getlines(path))
print(repr(linecache.getline(os.path.join(d, "nope.py"), 1)), repr(linecache.getline("", 1)))
print(repr(linecache.getline("<string>", 1)), linecache.getlines(d))

# lazy loading through a module's __loader__.get_source
class Loader:
    def get_source(self, name):
        return "lazy line 1\nlazy line 2\n" if name == "fake_mod" else None


g = {"__name__": "fake_mod", "__loader__": Loader()}
print(linecache.lazycache("fake_mod.py", g), linecache.cache["fake_mod.py"][0].__class__.__name__)
print(repr(linecache.getline("fake_mod.py", 2, g)), linecache.cache["fake_mod.py"][1:])
print(linecache.lazycache("<frozen x>", g), linecache.lazycache("other.py", {}))
print(repr(linecache.getline("other2.py", 1, {"__name__": "nothere", "__loader__": Loader()})))
linecache.cache["<my>"] = (5, None, ["a\n", "b\n"], "<my>")
print(linecache.getlines("<my>"), repr(linecache.getline("<my>", 2)))
linecache.checkcache("<my>")
print("<my>" in linecache.cache)

# stdlib source, given the module's globals (its loader finds the source wherever Lib is)
import json
line = linecache.getline(json.__file__, 1, json.__dict__)
print(type(line).__name__, line.startswith(("r", '"', "#")), len(linecache.getlines(json.__file__, json.__dict__)) > 100)
print(linecache.updatecache("definitely_missing_module_xyz.py"))
os.rmdir(d)
