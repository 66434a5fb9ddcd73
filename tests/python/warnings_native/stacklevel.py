# stacklevel picks the frame the warning is blamed on; beyond the outermost frame the
# warning is about module "sys", line 1, with sys.__dict__'s registry.
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"{filename.rsplit('/', 1)[-1]}:{lineno}: {category.__name__}: {message} [{line}]")


warnings.showwarning = show
warnings.simplefilter("always")


def inner(level):
    warnings.warn(f"level {level}", stacklevel=level)


def outer(level):
    inner(level)


for level in [-5, 0, 1, 2, 3, 4, 10, 2**40]:
    outer(level)

print("registry in sys:", "__warningregistry__" in sys.__dict__)
print("registry here:", sorted(repr(k) for k in __warningregistry__))

# The module name comes from the frame's __name__; the filters' module regexes see it.
warnings.resetwarnings()
warnings.filterwarnings("error", module="__main__")
try:
    warnings.warn("from main")
except UserWarning as e:
    print("error for __main__:", e)
ns = {"__name__": "elsewhere", "warnings": warnings}
exec("warnings.warn('from elsewhere')", ns)
ns = {"warnings": warnings}
exec("warnings.warn('no __name__')", ns)
ns = {"__name__": 42, "warnings": warnings}
exec("warnings.warn('bad __name__')", ns)
print(sorted(repr(k) for k in ns["__warningregistry__"]))
warnings.filterwarnings("error", module="<string>")
try:
    exec("warnings.warn('bad __name__ again', SyntaxWarning)", ns)
except SyntaxWarning as e:
    print("error for <string>:", e)
try:
    warnings.warn("x", stacklevel=1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", stacklevel=2**70)
except OverflowError as e:
    print("OverflowError:", e)
