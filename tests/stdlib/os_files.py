# Files and directories through os and io in a temporary directory.
import os, os.path, io, errno

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "swallow-stdlib-%d" % os.getpid())
os.mkdir(base)
try:
    p = os.path.join(base, "a.txt")
    with open(p, "w") as f:
        print(f.write("hello\nworld\n"), f.mode, f.encoding, f.closed)
    print(f.closed)
    with open(p) as f:
        print(f.readline(), end="")
        print(list(f))
    with open(p, "a") as f:
        f.write("more\r\nlines\rend")
    with open(p, newline="") as f:
        print(f.read().split("\n"))
    with open(p) as f:
        print(f.readlines())
    with open(p, "rb") as f:
        data = f.read()
        print(len(data), data[:5], f.tell())
        f.seek(6)
        print(f.read(5))
    with open(p, "r+b") as f:
        f.seek(0, 2)
        f.write(b"!")
    print(os.path.getsize(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(base))
    os.mkdir(os.path.join(base, "sub"))
    open(os.path.join(base, "sub", "b.bin"), "wb").close()
    print(sorted(os.listdir(base)))
    print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
    walked = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
    print(walked)
    st = os.stat(p)
    print(st.st_size, type(st.st_mtime).__name__, len(st), oct(st.st_mode & 0o170000))
    os.rename(p, p + ".old")
    print(os.path.exists(p), os.path.exists(p + ".old"))
    try:
        os.remove(p)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print("FileExistsError", e.errno == errno.EEXIST)
    try:
        open(base)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno)
    fd = os.open(os.path.join(base, "raw"), os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b"abc"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    with open(os.path.join(base, "raw"), "rb", buffering=0) as f:
        print(type(f).__name__, f.read())
finally:
    for d, ds, fs in os.walk(base, topdown=False):
        for n in fs:
            os.remove(os.path.join(d, n))
        for n in ds:
            os.rmdir(os.path.join(d, n))
    os.rmdir(base)
print(os.path.exists(base))
