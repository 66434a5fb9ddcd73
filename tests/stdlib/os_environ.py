# os.environ, PathLike, fspath, small os facts.
import os, sys

os.environ["SWALLOW_TEST_VAR"] = "value"
print(os.environ["SWALLOW_TEST_VAR"], os.getenv("SWALLOW_TEST_VAR"), "SWALLOW_TEST_VAR" in os.environ)
print(os.environb[b"SWALLOW_TEST_VAR"])
del os.environ["SWALLOW_TEST_VAR"]
print(os.getenv("SWALLOW_TEST_VAR", "gone"))
class P:
    def __fspath__(self):
        return "/some/where"
print(os.fspath(P()), os.path.basename(P()), os.path.dirname("/a/b/c"))
print(os.path.splitext("x/y.tar.gz"), os.path.normpath("/a/./b/../c"), os.path.isabs("/x"))
print(os.sep, os.pathsep, os.curdir, os.name, os.linesep == "\n")
print(type(os.getpid()).__name__, os.cpu_count() > 0, len(os.urandom(8)))
print(os.strerror(2), os.waitstatus_to_exitcode(256))
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
