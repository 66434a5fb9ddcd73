# A message that is a Warning instance brings its own category and text; bad categories
# raise CPython's TypeErrors.
import warnings

warnings.simplefilter("always")


def show(message, category, filename, lineno, file=None, line=None):
    print(f"shown: {type(message).__name__}({message}) as {category.__name__}")


warnings.showwarning = show


class MyWarning(UserWarning):
    def __str__(self):
        return "custom str"


warnings.warn(DeprecationWarning("instance"), category=RuntimeWarning)
warnings.warn(MyWarning("ignored text"))
warnings.warn_explicit(MyWarning("x"), SyntaxWarning, "f.py", 1)
warnings.warn(42)
warnings.warn(("a", "tuple"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    w = MyWarning("same object")
    warnings.warn(w)
print(log[0].message is w, log[0].category.__name__)

for args in [("x", int), ("x", 5), ("x", Exception), ("x", None), ("x", "UserWarning")]:
    try:
        warnings.warn(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError:", e)

for call in [
    lambda: warnings.warn_explicit("x", None, "f", 1),
    lambda: warnings.warn_explicit("x", 5, "f", 1),
    lambda: warnings.warn_explicit("x", UserWarning, None, 1),
    lambda: warnings.warn_explicit("x", UserWarning, "f", "1"),
    lambda: warnings.warn_explicit("x", UserWarning, "f", 2**40),
    lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=5),
    lambda: warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=5),
    lambda: warnings.warn_explicit("x", UserWarning, "f", 1, foo=5),
    lambda: warnings.warn_explicit("x", UserWarning),
    lambda: warnings.warn(),
    lambda: warnings.warn("a", UserWarning, 1, None, 5),
    lambda: warnings.warn([1, 2]),
]:
    try:
        call()
        print("ok")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
