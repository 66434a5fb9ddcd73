# The standard library's own files are files: a module's __file__ can be opened, stat'ed,
# listed and read through importlib.resources (Swallow reads them out of python_stdlib.zip).
import json, os, io, importlib.resources, inspect, email
d = os.path.dirname(json.__file__)
print(os.path.isfile(json.__file__), os.path.isdir(d), os.path.exists(os.path.join(d, "nope.py")))
print(sorted(n for n in os.listdir(d) if n.endswith(".py")))
with open(json.__file__, encoding="utf-8") as f:
    text = f.read()
print(text.splitlines()[0])
with open(json.__file__, "rb") as f:
    f.seek(3)
    print(f.read(5), f.tell(), os.fstat(f.fileno()).st_size == len(text.encode()))
with io.open(os.path.join(d, "decoder.py"), "r") as f:
    print(f.readline().rstrip(), sum(1 for _ in f) > 10)
print(importlib.resources.files("json").joinpath("encoder.py").read_text().count("def ") > 3)
print([e.name for e in sorted(os.scandir(os.path.dirname(email.__file__)), key=lambda e: e.name) if e.name.startswith("_p")])
print(os.stat(json.__file__).st_size == len(open(json.__file__, "rb").read()))
try:
    open(os.path.join(d, "missing.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
print(inspect.getsourcefile(json.dumps) == json.__file__)
