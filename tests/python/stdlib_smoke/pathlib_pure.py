# Pure paths: parsing and normalisation, parts, drive/root/anchor, suffixes, parents,
# joining with / and joinpath, relative_to, with_* methods, match, comparisons and the
# Windows flavour (PureWindowsPath) run on any platform; errors word for word.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path

for s in ["", ".", "/", "//", "///", "a/b/c", "/a//b/./c/", "a/../b", "~/x", "./a", "a.tar.gz",
          ".bashrc", "..", "a/.", "dir/", "x.", "/a/b.c.d"]:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), str(p.parent),
          [str(x) for x in p.parents], p.is_absolute())

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p / "x", "pre" / PurePosixPath("post"), p.joinpath("a", "/abs", "b"))
print(p.relative_to("/usr"), p.relative_to(PurePosixPath("/usr/local/lib")))
print(p.is_relative_to("/usr"), p.is_relative_to("/opt"))
try:
    p.relative_to("/opt")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").relative_to("/a")
except ValueError as e:
    print("ValueError:", e)
print(p.with_name("other.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("x"))
print(PurePosixPath("a.tar.gz").with_suffix(".bz2"))
for bad in [lambda: p.with_suffix("pyc"), lambda: p.with_suffix("."), lambda: p.with_name(""),
            lambda: p.with_name("a/b"), lambda: PurePosixPath("/").with_name("x"),
            lambda: PurePosixPath("").with_suffix(".x"), lambda: PurePosixPath(1),
            lambda: p / 3, lambda: p < PureWindowsPath("a"), lambda: p.with_suffix("/.x")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(p.match("*.py"), p.match("lib/*/*.py"), p.match("/usr/*.py"), p.match("/usr/*/*/*/*.py"),
      p.match("SITE.PY"), PureWindowsPath("C:/A/B.PY").match("*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"),
      PureWindowsPath("a") == PureWindowsPath("A"), PurePosixPath("a") == PureWindowsPath("a"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a"), PurePosixPath("A")]))
print(hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")), len({PurePosixPath("a"), PurePosixPath("a/.")}))
print(PurePosixPath("/a/b").as_uri(), PurePosixPath("/a b/ü").as_uri(), bytes(PurePosixPath("/x")))
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
print(PurePosixPath("a", "b", PurePosixPath("c"), "/d", "e"), PurePath("x") .__class__.__name__,
      type(Path("x")).__name__)
print(PurePosixPath("//a/b").parts, PurePosixPath("///a/b").parts, PurePosixPath("/a").is_reserved())
print(p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents))
try:
    p.parents[10]
except IndexError as e:
    print("IndexError:", e)
print(repr(PurePosixPath("a").__fspath__()), str(PurePosixPath("a/b").as_posix()))

for s in ["C:\\Windows\\System32", "c:/x/y", "\\\\server\\share\\dir\\f.txt", "C:rel\\p",
          "\\rooted", "//?/C:/x", "a/b\\c", "NUL", "C:", "C:/"]:
    w = PureWindowsPath(s)
    print(repr(s), str(w), repr(w), w.parts, repr(w.drive), repr(w.root), repr(w.anchor),
          w.is_absolute(), w.as_posix(), str(w.parent), w.is_reserved())
w = PureWindowsPath("C:/Users/Me")
print(w / "D:/other", w / "\\top", w / "x", w.relative_to("c:/users"), w.joinpath("C:y"))
print(PureWindowsPath("C:/a").as_uri(), PureWindowsPath("//h/s/f").as_uri())
