# os functions check a path for NUL: a str one fails as encoding it does ("embedded null
# byte"), a bytes one with the function's and the argument's names.
import os

calls = [
    ("open", lambda p: os.open(p, 0)),
    ("stat", os.stat),
    ("lstat", os.lstat),
    ("listdir", os.listdir),
    ("access", lambda p: os.access(p, 0)),
    ("chdir", os.chdir),
    ("mkdir", os.mkdir),
    ("rmdir", os.rmdir),
    ("remove", os.remove),
    ("rename src", lambda p: os.rename(p, "x")),
    ("rename dst", lambda p: os.rename("x", p)),
    ("exists", os.path.exists),
]
for p in ["a\x00b", b"a\x00b"]:
    for name, f in calls:
        try:
            print(name, f(p))
        except Exception as e:
            print(name, type(e).__name__, e)
