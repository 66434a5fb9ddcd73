# subprocess imports (its _posixsubprocess exists); os.waitpid with no child process and the
# wait-status macros subprocess reads.
import os
import subprocess
print(subprocess.PIPE, subprocess.DEVNULL)
try:
    os.waitpid(999999, 0)
except ChildProcessError as e:
    print("ChildProcessError:", e)
print(os.WIFSTOPPED(0x137F), os.WSTOPSIG(0x137F), os.WIFSTOPPED(0), os.WNOHANG)
