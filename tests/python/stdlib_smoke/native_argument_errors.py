# Argument errors of the native modules' functions, as CPython's argument parsers word them:
# METH_NOARGS and METH_O ("posix.isatty() takes exactly one argument (0 given)"), positional
# Argument Clinic ("read expected 2 arguments, got 1"), keyword Argument Clinic
# ("close() missing required argument 'fd' (pos 1)") and PyArg_ParseTuple
# ("htons() takes exactly 1 argument (0 given)"). Only calls that fail before doing anything.
import _signal
import _socket
import gc
import marshal
import posix
import select

FUNCTIONS = {
    gc: [
        'disable', 'enable', 'freeze', 'get_count', 'get_debug', 'get_freeze_count',
        'get_objects', 'get_referents', 'get_referrers', 'get_stats', 'get_threshold',
        'is_finalized', 'is_tracked', 'isenabled', 'set_debug', 'set_threshold', 'unfreeze',
    ],
    marshal: [
        'dump', 'dumps', 'load', 'loads',
    ],
    _socket: [
        'close', 'dup', 'getaddrinfo', 'getdefaulttimeout', 'gethostbyaddr', 'gethostbyname',
        'gethostbyname_ex', 'gethostname', 'getnameinfo', 'getprotobyname', 'getservbyname',
        'getservbyport', 'htonl', 'htons', 'inet_aton', 'inet_ntoa', 'inet_ntop', 'inet_pton',
        'ntohl', 'ntohs', 'setdefaulttimeout', 'sethostname', 'socketpair',
    ],
    _signal: [
        'getitimer', 'getsignal', 'pthread_kill', 'pthread_sigmask', 'set_wakeup_fd',
        'setitimer', 'siginterrupt', 'signal', 'sigpending', 'strsignal', 'valid_signals',
    ],
    posix: [
        'WCOREDUMP', 'WEXITSTATUS', 'WIFCONTINUED', 'WIFEXITED', 'WIFSIGNALED', 'WIFSTOPPED',
        'WSTOPSIG', 'WTERMSIG', 'access', 'chdir', 'chmod', 'close', 'closerange', 'cpu_count',
        'device_encoding', 'dup', 'fspath', 'fstat', 'fstatvfs', 'fsync', 'ftruncate',
        'get_blocking', 'get_inheritable', 'get_terminal_size', 'getcwd', 'getcwdb', 'getegid',
        'geteuid', 'getgid', 'getpid', 'getppid', 'getuid', 'isatty', 'link', 'listdir',
        'lseek', 'lstat', 'mkdir', 'open', 'pipe', 'putenv', 'read', 'readlink',
        'register_at_fork', 'remove', 'rename', 'replace', 'rmdir', 'set_blocking',
        'set_inheritable', 'stat', 'statvfs', 'strerror', 'symlink', 'times', 'truncate',
        'umask', 'uname', 'unlink', 'unsetenv', 'urandom', 'utime', 'waitpid',
        'waitstatus_to_exitcode', 'write',
    ],
}
for module, names in FUNCTIONS.items():
    for name in names:
        f = getattr(module, name)
        for args, kwargs in (((), {}), ((1,) * 9, {}), ((), {"zzz": 1})):
            try:
                f(*args, **kwargs)
                result = "ok"
            except TypeError as e:
                result = str(e)
            except Exception as e:
                result = type(e).__name__
            print(module.__name__, name, len(args), bool(kwargs), "|", result)
