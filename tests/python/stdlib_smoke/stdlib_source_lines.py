# The standard library's modules can give their source: the traceback module shows the
# lines of Lib's frames, inspect reads a Lib function, pkgutil reads a package's file.
import contextlib
import inspect
import json
import linecache
import pkgutil
import traceback


def raise_exc(exc):
    raise exc


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raise_exc, ValueError)
        1 / 0
except ValueError as e:
    exc = e
print([(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)])
print([(f.name, f.line) for f in traceback.extract_tb(exc.__context__.__traceback__)])

try:
    json.loads("{")
except ValueError as e:
    print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])

print(inspect.getsource(contextlib.closing).splitlines()[:2])
print(inspect.getsourcelines(json.dumps)[0][0].strip())
print(linecache.getline(contextlib.__file__, inspect.getsourcelines(contextlib.closing)[1]).strip())
print(pkgutil.get_data("json", "__init__.py").splitlines()[0][:3])
print(json.__loader__.is_package("json"), contextlib.__loader__.is_package("contextlib"))
print(contextlib.__spec__.loader is contextlib.__loader__)
