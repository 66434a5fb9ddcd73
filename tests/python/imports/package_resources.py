# A package's data files through importlib.resources and pkgutil, for a package on disk
# (found by the import statement or by importlib).
import importlib
import importlib.resources
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, "datapkg")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write("NAME = 'datapkg'\n")
with open(os.path.join(pkg, "table.csv"), "w") as f:
    f.write("a,b\n1,2\n")
os.mkdir(os.path.join(pkg, "sub"))
with open(os.path.join(pkg, "sub", "note.txt"), "wb") as f:
    f.write(b"binary \x00 data")
sys.path.insert(0, root)

files = importlib.resources.files("datapkg")
print(files.joinpath("table.csv").read_text().splitlines())
print(files.joinpath("sub", "note.txt").read_bytes())
print(sorted(p.name for p in files.iterdir() if p.name != "__pycache__"))
print(files.joinpath("table.csv").is_file(), files.joinpath("sub").is_dir())
with importlib.resources.as_file(files.joinpath("table.csv")) as path:
    print(os.path.basename(path), os.path.exists(path))
print(pkgutil.get_data("datapkg", "table.csv"))
print(pkgutil.get_data("datapkg", "sub/note.txt"))
module = importlib.import_module("datapkg")
print(module.NAME, module.__spec__.name, module.__spec__.loader is not None)
