# shutil.rmtree's error reporting (onerror gets the failing os function, the path and the
# exception; CPython's fd-based walk starts with lstat), and disk_usage's named tuple.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as top:
    def rel(path):
        return os.path.relpath(path, top)

    def record(errors):
        return lambda f, path, ei: errors.append((f.__name__, rel(path), ei[0].__name__))

    errors = []
    shutil.rmtree(os.path.join(top, "nonexistent"), onerror=record(errors))
    print(errors)

    with open(os.path.join(top, "file"), "w"):
        pass
    errors = []
    shutil.rmtree(os.path.join(top, "file"), onerror=record(errors))
    print(errors)

    os.makedirs(os.path.join(top, "d", "e"))
    os.symlink("d", os.path.join(top, "ln"))
    errors = []
    shutil.rmtree(os.path.join(top, "ln"), onerror=record(errors))
    print(errors, os.path.isdir(os.path.join(top, "d", "e")))
    shutil.rmtree(os.path.join(top, "d"))
    print(sorted(os.listdir(top)))
    print(shutil.rmtree.avoids_symlink_attacks)

    du = shutil.disk_usage(top)
    print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.free >= 0)
    print(du == (du.total, du.used, du.free))
