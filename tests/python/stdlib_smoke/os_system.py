# os.system runs through /bin/sh with this process's stdout; our own output waits in its
# buffer (stdout is a pipe here), exactly as in CPython, unless flushed.
import os

print("before, buffered")
status = os.system("echo from the shell")
print(status, os.waitstatus_to_exitcode(status))
print("flushed first", flush=True)
status = os.system("echo second shell; exit 3")
print(status >> 8, os.WIFEXITED(status), os.WEXITSTATUS(status))
status = os.system("kill -TERM $$")
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
