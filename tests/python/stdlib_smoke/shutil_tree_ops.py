# shutil on a temporary tree: copyfile/copy/copy2/copymode, copyfileobj, copytree (ignore
# patterns, dirs_exist_ok, symlinks), move (file, directory, across names), rmtree,
# which() with a private PATH, make_archive/unpack formats listing,
# get_terminal_size fallback, and the errors: SameFileError, Error, FileExistsError.
import io
import os
import shutil
import stat
import tempfile

with tempfile.TemporaryDirectory() as top:
    def p(*parts):
        return os.path.join(top, *parts)

    def rel(path):
        return os.path.relpath(path, top)

    def tree(root):
        out = []
        for dirpath, dirnames, filenames in os.walk(p(root)):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                kind = "L" if os.path.islink(full) else "F"
                with open(full) as f:
                    out.append(f"{kind}:{rel(full)}={f.read()!r}")
            for name in dirnames:
                if os.path.islink(os.path.join(dirpath, name)):
                    out.append(f"DL:{rel(os.path.join(dirpath, name))}")
        return out

    os.makedirs(p("src", "sub", "deep"))
    for name, data in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma"),
                       ("sub/deep/d.tmp", "delta"), ("sub/deep/e.txt", "eps")]:
        with open(p("src", name), "w") as f:
            f.write(data)
    os.chmod(p("src", "a.txt"), 0o640)
    os.symlink("a.txt", p("src", "link.txt"))

    r = shutil.copyfile(p("src", "a.txt"), p("copy1.txt"))
    print(rel(r), open(r).read(), oct(stat.S_IMODE(os.stat(r).st_mode)) != "0o640" or "same-mode?")
    r = shutil.copy(p("src", "a.txt"), top)
    print(rel(r), oct(stat.S_IMODE(os.stat(r).st_mode)))
    os.utime(p("src", "b.log"), (1_000_000_000, 1_000_000_000))
    r = shutil.copy2(p("src", "b.log"), p("b2.log"))
    print(rel(r), os.stat(r).st_mtime == 1_000_000_000)
    shutil.copymode(p("src", "a.txt"), p("b2.log"))
    print(oct(stat.S_IMODE(os.stat(p("b2.log")).st_mode)))
    r = shutil.copyfile(p("src", "link.txt"), p("deref.txt"))
    print(rel(r), os.path.islink(r))
    r = shutil.copyfile(p("src", "link.txt"), p("nolink.txt"), follow_symlinks=False)
    print(rel(r), os.path.islink(r), os.readlink(r))

    try:
        shutil.copyfile(p("src", "a.txt"), p("src", "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", rel(e.args[0].split("'")[1]) if False else type(e).__mro__[1].__name__)
    try:
        shutil.copyfile(p("missing"), p("x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, rel(e.filename))
    try:
        shutil.copyfile(p("src"), p("x"))
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno, e.strerror)

    src = io.StringIO("x" * 10000)
    dst = io.StringIO()
    shutil.copyfileobj(src, dst, 7)
    print(len(dst.getvalue()))

    r = shutil.copytree(p("src"), p("dst"))
    print(rel(r), tree("dst"))
    try:
        shutil.copytree(p("src"), p("dst"))
    except FileExistsError as e:
        print("FileExistsError", rel(e.filename))
    r = shutil.copytree(p("src"), p("dst"), dirs_exist_ok=True)
    print(rel(r))
    r = shutil.copytree(p("src"), p("dst2"), ignore=shutil.ignore_patterns("*.tmp", "b*"),
                        symlinks=True)
    print(tree("dst2"))
    seen = []

    def ignore(d, names):
        seen.append((rel(d), sorted(names)))
        return {"deep"}

    shutil.copytree(p("src"), p("dst3"), ignore=ignore)
    print(seen, tree("dst3"))
    copied = []
    shutil.copytree(p("src", "sub"), p("dst4"), copy_function=lambda s, d: copied.append(
        (rel(s), rel(d))) or d)
    print(sorted(copied))

    r = shutil.move(p("copy1.txt"), p("moved.txt"))
    print(rel(r), os.path.exists(p("copy1.txt")))
    os.mkdir(p("target"))
    r = shutil.move(p("moved.txt"), p("target"))
    print(rel(r))
    r = shutil.move(p("dst3"), p("target"))
    print(rel(r), tree("target"))
    try:
        shutil.move(p("b2.log"), p("target", "moved.txt"))
        print("overwrote", open(p("target", "moved.txt")).read())
    except Exception as e:
        print(type(e).__name__)
    shutil.copy(p("src", "a.txt"), p("again.txt"))
    try:
        shutil.move(p("again.txt"), p("target"))
        shutil.copy(p("src", "a.txt"), p("again.txt"))
        shutil.move(p("again.txt"), p("target"))
    except shutil.Error as e:
        print("shutil.Error", str(e).replace(top, "$TOP"))

    shutil.rmtree(p("dst"))
    print(os.path.exists(p("dst")))
    shutil.rmtree(p("nonexistent"), ignore_errors=True)
    try:
        shutil.rmtree(p("nonexistent"))
    except FileNotFoundError as e:
        print("FileNotFoundError", rel(e.filename))
    try:
        shutil.rmtree(p("src", "link.txt"))
    except OSError as e:
        print(type(e).__name__, e)
    try:
        shutil.rmtree(p("src", "a.txt"))
    except NotADirectoryError as e:
        print("NotADirectoryError", rel(e.filename))

    os.mkdir(p("bin"))
    for name, mode in [("runme", 0o755), ("noexec", 0o644)]:
        with open(p("bin", name), "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(p("bin", name), mode)
    path = os.pathsep.join([p("nothere"), p("bin")])
    print(rel(shutil.which("runme", path=path)), shutil.which("noexec", path=path),
          shutil.which("absent", path=path), shutil.which("runme", path=""))
    print(rel(shutil.which(p("bin", "runme"))), shutil.which("runme", mode=os.W_OK, path=path)
          is not None)

    print({"tar", "zip"} <= {n for n, *_ in shutil.get_unpack_formats()})
    ts = shutil.get_terminal_size((33, 7))
    print(type(ts).__name__, ts.columns > 0 and ts.lines > 0)
    os.environ["COLUMNS"], os.environ["LINES"] = "101", "42"
    print(shutil.get_terminal_size())
