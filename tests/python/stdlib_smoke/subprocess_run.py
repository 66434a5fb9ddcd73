# subprocess.run and its helpers over real programs: captured output, text mode, input,
# shell commands, return codes, check=True, stderr=STDOUT, DEVNULL, cwd and env.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(type(r.stdout).__name__, r.returncode)

r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

print(subprocess.check_output(["tr", "a-z", "A-Z"], input=b"some text\n"))
print(repr(subprocess.check_output(["cat"], input="caf\u00e9\n", text=True)))
print(subprocess.run(["sh", "-c", "echo 1; echo 2 >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL).stdout)

try:
    subprocess.run(["sh", "-c", "exit 7"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)

try:
    subprocess.check_output("echo partial; exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print("output kept:", e.output, e.returncode)

print(subprocess.call(["true"]), subprocess.call(["false"]))
print(subprocess.getoutput("echo hi; exit 1"))
print(subprocess.getstatusoutput("echo status; exit 5"))

here = os.path.dirname(os.path.abspath(__file__))
print(subprocess.check_output(["pwd"], cwd="/").decode().strip())
print(subprocess.check_output(["pwd"], cwd=here).decode().strip() == os.path.realpath(here))

env = {"PATH": os.environ["PATH"], "SWALLOW_TEST_VAR": "value 1"}
print(subprocess.check_output("echo $SWALLOW_TEST_VAR", shell=True, env=env))
os.environ["SWALLOW_TEST_VAR2"] = "from environ"
print(subprocess.check_output("echo $SWALLOW_TEST_VAR2", shell=True))
print(subprocess.check_output(["sh", "-c", 'echo "$0" "$@"', "zero", "a b", "c"]))

big = subprocess.run(["sh", "-c", "i=0; while [ $i -lt 3000 ]; do echo line $i; i=$((i+1)); done"], capture_output=True)
lines = big.stdout.splitlines()
print(len(lines), lines[0], lines[-1])
sys.stdout.flush()
