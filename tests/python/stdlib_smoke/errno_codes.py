# errno: the constants, errorcode's reverse mapping, os.strerror texts, and the OSError
# subclass that OSError(errno, ...) turns into for each code (PEP 3151).
import errno
import os

names = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "ECHILD", "EAGAIN", "EWOULDBLOCK",
         "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "EMFILE", "ENOSPC",
         "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY", "ELOOP",
         "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "EINPROGRESS", "EALREADY",
         "ESHUTDOWN", "EXDEV", "ENOTSUP", "EOPNOTSUPP", "ETXTBSY", "EADDRINUSE", "ESTALE"]
for n in names:
    code = getattr(errno, n)
    exc = OSError(code, os.strerror(code))
    print(n, code, errno.errorcode[code], os.strerror(code), type(exc).__name__,
          exc.errno, repr(exc.strerror), exc.args)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode) > 100, all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
print(sorted(errno.errorcode)[:10])
print(os.strerror(0), "|", os.strerror(99999), "|", os.strerror(-1))
try:
    os.strerror("x")
except TypeError as e:
    print("TypeError:", e)
e = OSError(errno.ENOENT, "gone", "file.txt")
print(type(e).__name__, str(e), e.filename, e.args)
e = OSError(errno.EXDEV, "cross", "a", None, "b")
print(type(e).__name__, str(e), e.filename, e.filename2)
e = OSError(12345, "weird")
print(type(e).__name__, str(e))
e = OSError("just a message")
print(type(e).__name__, str(e), e.errno)
print(isinstance(FileNotFoundError(2, "x"), OSError), FileNotFoundError(17, "x").errno,
      type(FileNotFoundError(17, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
print(errno.__name__, type(errno.errorcode).__name__)
