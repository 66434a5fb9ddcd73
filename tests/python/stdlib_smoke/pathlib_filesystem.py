# Concrete Path objects on a temporary directory: mkdir (parents/exist_ok), touch, read and
# write text/bytes, iterdir, glob/rglob (sorted, relative), stat, exists/is_* predicates,
# rename/replace, symlinks, resolve, samefile, unlink(missing_ok), rmdir, chmod, open, and
# the OSError subclasses each failure raises (printed with relative filenames).
import os
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    top = Path(tmp).resolve()

    def rel(p):
        return Path(p).relative_to(top).as_posix()

    def attempt(label, f):
        try:
            r = f()
            print(label, "->", r)
        except OSError as e:
            print(label, "!", type(e).__name__, e.errno, e.strerror,
                  rel(e.filename) if e.filename else e.filename,
                  rel(e.filename2) if e.filename2 else e.filename2)
        except Exception as e:
            print(label, "!", type(e).__name__, e)

    d = top / "data"
    d.mkdir()
    attempt("mkdir again", d.mkdir)
    attempt("mkdir exist_ok", lambda: d.mkdir(exist_ok=True))
    attempt("mkdir no parents", lambda: (top / "x" / "y").mkdir())
    (top / "x" / "y" / "z").mkdir(parents=True)
    print(sorted(rel(p) for p in top.rglob("*")))

    f = d / "hello.txt"
    print(f.write_text("héllo\nworld\n", encoding="utf-8"))
    print(repr(f.read_text(encoding="utf-8")), f.read_bytes()[:6])
    print(f.write_bytes(b"\x00\xffbin"), f.read_bytes())
    f.write_text("line1\r\nline2\n", newline="")
    print(repr(f.read_text()), repr(f.read_bytes()))
    with f.open("a") as fh:
        fh.write("more\n")
    with f.open() as fh:
        print([line for line in fh])
    print(f.stat().st_size, stat.S_ISREG(f.stat().st_mode), f.exists(), f.is_file(), f.is_dir(),
          f.is_symlink(), d.is_dir(), (d / "nope").exists(), (d / "nope").is_file())
    (d / "empty").touch()
    (d / "empty").touch(exist_ok=True)
    attempt("touch exist", lambda: (d / "empty").touch(exist_ok=False))
    print((d / "empty").stat().st_size)
    for name in ["b.py", "a.py", "c.txt", ".hidden", "sub/d.py", "sub/deeper/e.py"]:
        q = d / name
        q.parent.mkdir(parents=True, exist_ok=True)
        q.write_text(name)
    print(sorted(rel(p) for p in d.iterdir()))
    print(sorted(rel(p) for p in d.glob("*.py")))
    print(sorted(rel(p) for p in d.glob("**/*.py")))
    print(sorted(rel(p) for p in d.rglob("*.py")))
    print(sorted(rel(p) for p in d.glob("*/")))
    print(sorted(rel(p) for p in d.glob("**")))
    print(sorted(rel(p) for p in d.glob(".*")), sorted(rel(p) for p in d.glob("?.py")))
    attempt("glob empty", lambda: list(d.glob("")))
    attempt("glob abs", lambda: list(d.glob("/x")))

    attempt("read missing", lambda: (d / "missing").read_text())
    attempt("read dir", lambda: d.read_text())
    attempt("iterdir file", lambda: list(f.iterdir()))
    attempt("rmdir nonempty", d.rmdir)
    attempt("unlink missing", (d / "missing").unlink)
    attempt("unlink missing ok", lambda: (d / "missing").unlink(missing_ok=True))
    attempt("unlink dir", (d / "sub").unlink)

    r = (d / "a.py").rename(d / "renamed.py")
    print(rel(r), (d / "a.py").exists(), r.read_text())
    r = (d / "b.py").replace(d / "renamed.py")
    print(rel(r), (d / "renamed.py").read_text())
    attempt("rename missing", lambda: (d / "ghost").rename(d / "g2"))

    link = top / "link"
    link.symlink_to(d / "renamed.py")
    dlink = top / "dlink"
    dlink.symlink_to("data", target_is_directory=True)
    print(link.is_symlink(), link.is_file(), rel(link.resolve()), str(link.readlink()) == str(d / "renamed.py"))
    print(dlink.readlink(), rel(dlink.resolve()), sorted(p.name for p in dlink.iterdir())[:3])
    print(link.samefile(d / "renamed.py"), link.lstat().st_size != link.stat().st_size or "eq")
    broken = top / "broken"
    broken.symlink_to("nowhere")
    print(broken.exists(), broken.is_symlink(), rel(broken.resolve()))
    attempt("resolve strict", lambda: broken.resolve(strict=True))
    print(rel((d / "sub" / ".." / "c.txt").resolve()), (top / "x" / "..").resolve() == top)
    hl = top / "hard"
    hl.hardlink_to(d / "c.txt")
    print(hl.stat().st_nlink, hl.read_text())

    (d / "c.txt").chmod(0o600)
    print(oct(stat.S_IMODE((d / "c.txt").stat().st_mode)))
    print(Path(tmp).is_absolute(), Path("rel").absolute().is_absolute(),
          Path.cwd() == Path(os.getcwd()), Path("~").expanduser() == Path.home())
    os.chdir(top)
    print(Path("data/c.txt").exists(), sorted(str(p) for p in Path(".").glob("d*")),
          Path("data").resolve() == d, Path(".").absolute() == top)
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    print(Path(os.fsencode(tmp).decode()) == Path(tmp), os.fspath(d / "x") == os.path.join(str(d), "x"))
    (d / "sub" / "deeper" / "e.py").unlink()
    (d / "sub" / "deeper").rmdir()
    print(sorted(rel(p) for p in d.rglob("*")))
    print(sorted(rel(p) for p in top.glob("*")))
