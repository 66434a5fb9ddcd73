# Less common os calls: chown/lchown/fchown (with CPython's uid/gid range errors),
# getloadavg, sched_getaffinity, process groups and sessions, getgroups, pread/pwrite,
# fdatasync, nice/getpriority and ttyname.
import os, tempfile, stat
print(type(os.getloadavg()), len(os.getloadavg()), all(isinstance(x, float) and x >= 0 for x in os.getloadavg()))
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, cpus == os.sched_getaffinity(os.getpid()), len(cpus) >= 1, min(cpus) >= 0)
print(os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()), os.getsid(0) == os.getsid(os.getpid()))
print(type(os.getgroups()).__name__)
for f, a in ((os.getpgid, (999999999,)), (os.getsid, (999999999,)), (os.sched_getaffinity, (999999999,))):
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    fd = os.open(p, os.O_RDWR | os.O_CREAT)
    os.write(fd, b"hello world")
    print(os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pwrite(fd, b"WORLD", 6), os.pread(fd, 100, 0), os.lseek(fd, 0, os.SEEK_CUR))
    os.fdatasync(fd)
    st = os.stat(p)
    os.chown(p, -1, -1)
    os.chown(p, st.st_uid, st.st_gid)
    os.fchown(fd, st.st_uid, -1)
    os.symlink(p, p + ".l")
    os.lchown(p + ".l", st.st_uid, st.st_gid)
    os.chown(fd, -1, -1)
    print(os.stat(p).st_uid == st.st_uid)
    try:
        os.chown(os.path.join(d, "missing"), 0, 0)
    except FileNotFoundError as e:
        print("FileNotFoundError", os.path.basename(e.filename))
    try:
        os.pread(fd, -1, 0)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.ttyname(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
    os.close(fd)
    for bad in ((p, -2, 0), (p, 2**32, 0), (p, 0, 2**63), (p, 0, -2**70)):
        try:
            os.chown(*bad)
        except OverflowError as e:
            print("OverflowError", e)
print(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
