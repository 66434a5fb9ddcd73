# breakpoint() with PYTHONBREAKPOINT naming a hook: "0" disables it, an unimportable or
# malformed name is a RuntimeWarning and no call.
import os
import warnings


def hook(*args, **kwargs):
    print("hook called with", args, kwargs)
    return "hook result"


import __main__

__main__.hook = hook
for envar in [
    ".", "..", ".foo", "foo.", ".int", "int.", ".foo.bar", "..foo.bar", "/./", "/",
    "nosuchbuiltin", "nosuchmodule.nosuchcallable", "__main__.nohook", "0",
    "__main__.hook", "math.nosuch", "len",
]:
    os.environ["PYTHONBREAKPOINT"] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = breakpoint(1, key=2) if envar != "len" else breakpoint([1, 2, 3])
            print(repr(envar), "->", r)
        except Exception as e:
            print(repr(envar), type(e).__name__, e)
    for x in w:
        print("   ", x.category.__name__, x.message)
