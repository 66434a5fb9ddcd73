# The interpreter starts itself again through sys.executable, as test helpers and
# multiprocessing-style tools do.
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(4)", "a", "b"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

r = subprocess.run([sys.executable, "-c", "import sys; data = sys.stdin.read(); print(len(data), data[:5])"],
                   input="12345" * 1000, capture_output=True, text=True)
print(r.stdout.strip())

r = subprocess.run([sys.executable, "-c", "1/0"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
