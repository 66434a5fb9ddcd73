# signal: none
# pthread_sigmask holds a blocked signal until it is unblocked; sigpending, sigwait,
# pthread_kill.
import os
import signal
import threading

got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
print("old mask", signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGKILL]))
os.kill(os.getpid(), signal.SIGUSR1)
print("while blocked", got, signal.sigpending())
print("mask", signal.pthread_sigmask(signal.SIG_BLOCK, []))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("after unblock", got, signal.sigpending())
for args in [(1700, []), (signal.SIG_BLOCK, [0]), (signal.SIG_BLOCK, [70]), (signal.SIG_BLOCK, 5)]:
    try:
        signal.pthread_sigmask(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
print("held", signal.sigpending())
print("sigwait", signal.sigwait([signal.SIGUSR2]))
print("held", signal.sigpending())
signal.pthread_kill(threading.get_ident(), 0)


def fail(signum, frame):
    1 / 0


signal.signal(signal.SIGUSR1, fail)
try:
    signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
except ZeroDivisionError:
    print("handler raised in pthread_kill")
print("final mask", signal.pthread_sigmask(signal.SIG_SETMASK, []))
print("ready", flush=True)
