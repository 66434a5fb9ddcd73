# Starting a program that cannot run raises what CPython's exec failure raises.
import os
import subprocess
import tempfile

for args, kw in [
    (["/nonexistent/program"], {}),
    (["no-such-program-swallow"], {}),
    (["ls"], {"cwd": "/nonexistent/dir"}),
    (["/"], {}),
]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "script")
    with open(path, "w") as f:
        f.write("#!/bin/sh\necho ran $1\n")
    try:
        subprocess.run([path])
    except PermissionError as e:
        print("PermissionError", e.errno, e.filename == path)
    os.chmod(path, 0o755)
    print(subprocess.check_output([path, "arg"]))
    print(subprocess.check_output(["script", "on path"], env={"PATH": d}))

try:
    subprocess.Popen(["true"], stdout=12345)
except OSError as e:
    print(type(e).__name__, e.errno)

try:
    subprocess.run(["true"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)

for bad in (["ec\0ho"], ["echo", "a\0b"]):
    try:
        subprocess.run(bad)
    except ValueError as e:
        print("ValueError", e)
for env in ({"A\0B": "x"}, {"A": "x\0y"}, {"A=B": "x"}):
    try:
        subprocess.run(["true"], env=env)
    except ValueError as e:
        print("ValueError", e)

print(subprocess.run("umask", shell=True, umask=0o27, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "kill -ABRT $$"]).returncode)
