# os.statvfs/fstatvfs and shutil.disk_usage; functions that take a path or an open file
# descriptor (chmod, chdir, listdir, utime, truncate, stat) with CPython's errors for both.
import os, shutil, tempfile
r = os.statvfs('/tmp')
print(type(r).__name__, r.n_fields, r.n_sequence_fields, r.n_unnamed_fields, len(r), r._fields if hasattr(r, '_fields') else None)
print(r.f_bsize == r[0], r.f_frsize, r.f_flag, r.f_namemax, r.f_favail == r.f_ffree)
print(repr(r).split('(')[0])
u = shutil.disk_usage('/tmp')
print(type(u).__name__, u.total == r.f_blocks * r.f_frsize, u.used + u.free <= u.total)
fd = os.open('/tmp', os.O_RDONLY)
f = os.fstatvfs(fd)
os.close(fd)
print(f.f_blocks == r.f_blocks, f.f_flag == r.f_flag)
print(os.statvfs(b'/tmp').f_blocks == r.f_blocks)
for bad in ('/nonexistent/x', 12345):
    try:
        os.statvfs(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
try:
    os.statvfs(1.5)
except TypeError as e:
    print(e)
try:
    os.fstatvfs(fd=1)
except TypeError as e:
    print(e)
for f, a in ((os.chmod, (12345, 0o644)), (os.chdir, (12345,)), (os.listdir, (12345,)), (os.utime, (12345, None)),
             (os.truncate, (12345, 0)), (os.statvfs, (12345,)), (os.stat, (12345,))):
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, repr(e), e.filename)
for name in ['stat', 'lstat', 'chmod', 'chdir', 'listdir', 'scandir', 'utime', 'truncate', 'access', 'mkdir']:
    f = getattr(os, name)
    try:
        f(1.5) if name not in ('chmod', 'access', 'truncate', 'utime') else f(1.5, 0) if name != 'utime' else f(1.5, None)
    except TypeError as e:
        print(name, '|', e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'w') as fh:
        fh.write('hello world')
    dfd = os.open(d, os.O_RDONLY)
    print(os.listdir(dfd))
    fd = os.open(p, os.O_RDWR)
    os.chmod(fd, 0o600)
    print(oct(os.stat(p).st_mode & 0o777))
    os.utime(fd, (1000000000, 1000000000))
    print(os.stat(p).st_mtime)
    os.truncate(fd, 5)
    print(open(p).read())
    cwd = os.getcwd()
    os.chdir(dfd)
    print(os.path.basename(os.getcwd()) == os.path.basename(d))
    os.chdir(cwd)
    os.close(fd)
    os.close(dfd)
try:
    os.scandir(12345)
except OSError as e:
    print(repr(e), e.filename)
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, 'a.txt'), 'w').close()
    os.mkdir(os.path.join(d, 'sub'))
    dfd = os.open(d, os.O_RDONLY)
    with os.scandir(dfd) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.path, e.is_dir(), e.is_file(), type(e.stat().st_mode).__name__, repr(e))
    os.close(dfd)
