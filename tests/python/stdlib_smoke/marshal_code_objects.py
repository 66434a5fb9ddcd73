# marshal of code objects: py_compile and compileall write .pyc files that marshal reads back
# (Swallow's are its own bytecode under its own cache tag, never mistaken for CPython's).
import marshal, py_compile, compileall, tempfile, os, importlib.util, types, sys
c = compile("def f(x):\n    return [x * 2, 'a', (1, 2.5, None), b'z', 3j, ...]\nprint(f(21))\n", "m.py", "exec")
data = marshal.dumps(c)
c2 = marshal.loads(data)
print(type(c2).__name__, c2.co_name, c2.co_filename, c2.co_consts[0].co_name if isinstance(c2.co_consts[0], types.CodeType) else [type(k).__name__ for k in c2.co_consts])
exec(c2)
print(marshal.loads(marshal.dumps((c, [c], {"k": c})))[2]["k"].co_name)
d = tempfile.mkdtemp()
p = os.path.join(d, "mod.py")
with open(p, "w") as fh:
    fh.write("VALUE = 42\n")
out = py_compile.compile(p, doraise=True)
print(os.path.basename(out) == os.path.basename(importlib.util.cache_from_source(p)), os.path.exists(out))
print(compileall.compile_dir(d, quiet=1))
with open(out, "rb") as fh:
    fh.read(16)
    code = marshal.load(fh)
ns = {}
exec(code, ns)
print(ns["VALUE"])
for bad in (b"c",):
    try:
        marshal.loads(bad)
    except (ValueError, EOFError) as e:
        print(type(e).__name__)
sys.path.insert(0, d)
import mod
print(mod.VALUE)
