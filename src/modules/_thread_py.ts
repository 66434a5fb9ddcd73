// The body of _thread (see _thread.ts), in Python.

export const THREAD_PY = `
error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _MAIN_IDENT


def _count():
    return 0


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    __slots__ = ("_locked", "__weakref__")

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            # No other thread can ever release it: CPython would hang here.
            raise RuntimeError("deadlock: acquiring a held lock with no other thread to release it")
        _sleep(timeout)
        return False

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def __exit__(self, *args):
        self.release()

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType.__name__ = "lock"
LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __slots__ = ("_count", "_owner", "__weakref__")

    def __init__(self):
        self._count = 0
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if self._count and self._owner == _MAIN_IDENT:
            self._count += 1
            return True
        self._count = 1
        self._owner = _MAIN_IDENT
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != _MAIN_IDENT:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == _MAIN_IDENT

    def _recursion_count(self):
        return self._count if self._owner == _MAIN_IDENT else 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = None

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return f"<{state} _thread.RLock object owner={owner} count={self._count} at {id(self):#x}>"


RLock.__module__ = "_thread"


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _set_sentinel():
    return LockType()


def daemon_threads_allowed():
    return True


class _local:
    pass


_local.__module__ = "_thread"


class _ExceptHookArgs(tuple):
    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def _excepthook(args):
    import sys
    if args.exc_type is SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)
`;
