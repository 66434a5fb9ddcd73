# dir_fd (the *at calls) through /proc/self/fd, os.supports_* built from them, and
# shutil.rmtree taking its descriptor-based path as CPython's does.
import os, shutil, tempfile
# (only the functions Swallow has: chown, mkfifo, mknod, execve and pathconf are missing)
HAVE = {"access", "chdir", "chmod", "link", "listdir", "mkdir", "open", "readlink", "rename", "rmdir",
        "scandir", "stat", "statvfs", "symlink", "truncate", "unlink", "utime"}
for group in (os.supports_dir_fd, os.supports_fd, os.supports_follow_symlinks):
    print(sorted(f.__name__ for f in group if f.__name__ in HAVE))
print(shutil.rmtree.avoids_symlink_attacks)
with tempfile.TemporaryDirectory() as root:
    dfd = os.open(root, os.O_RDONLY)
    fd = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=dfd)
    os.write(fd, b"hello")
    os.close(fd)
    print(os.stat("a.txt", dir_fd=dfd).st_size, os.access("a.txt", os.R_OK, dir_fd=dfd))
    os.mkdir("sub", dir_fd=dfd)
    os.rename("a.txt", "sub/b.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
    os.symlink("sub/b.txt", "link", dir_fd=dfd)
    print(os.readlink("link", dir_fd=dfd), os.stat("link", dir_fd=dfd, follow_symlinks=False).st_size > 0)
    os.chmod("sub/b.txt", 0o600, dir_fd=dfd)
    print(oct(os.stat(os.path.join(root, "sub/b.txt")).st_mode & 0o777))
    os.utime("sub/b.txt", (1, 2), dir_fd=dfd)
    print(os.stat(os.path.join(root, "sub", "b.txt")).st_mtime)
    print(sorted(os.listdir(dfd)))
    os.unlink("link", dir_fd=dfd)
    os.unlink(os.path.join(root, "sub", "b.txt"), dir_fd=dfd)
    os.rmdir("sub", dir_fd=dfd)
    print(os.listdir(root))
    for call in (lambda: os.stat("nope", dir_fd=dfd), lambda: os.unlink("x", dir_fd=12345),
                 lambda: os.stat("x", dir_fd="a"), lambda: os.mkdir("x", dir_fd=1.5)):
        try:
            call()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
    os.close(dfd)
    os.makedirs(os.path.join(root, "t", "u", "v"))
    open(os.path.join(root, "t", "u", "f"), "w").close()
    os.symlink(os.path.join(root, "t", "u"), os.path.join(root, "t", "ln"))
    shutil.rmtree(os.path.join(root, "t"))
    print(os.listdir(root))
    calls = []
    shutil.rmtree(os.path.join(root, "missing"), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), e[0].__name__)))
    print(calls)
    shutil.rmtree(os.path.join(root, "missing"), ignore_errors=True)
    os.makedirs(os.path.join(root, "h"))
    open(os.path.join(root, "h", "target"), "w").close()
    os.symlink("target", os.path.join(root, "h", "sl"))
    os.symlink("nowhere", os.path.join(root, "h", "dangling"))
    os.link(os.path.join(root, "h", "sl"), os.path.join(root, "h", "followed"))
    os.link(os.path.join(root, "h", "sl"), os.path.join(root, "h", "itself"), follow_symlinks=False)
    print(os.path.islink(os.path.join(root, "h", "followed")), os.path.islink(os.path.join(root, "h", "itself")))
    print(os.access(os.path.join(root, "h", "dangling"), os.F_OK),
          os.access(os.path.join(root, "h", "dangling"), os.F_OK, follow_symlinks=False))
