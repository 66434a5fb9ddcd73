# -W options and PYTHONWARNINGS become sys.warnoptions, which warnings.py (imported at
# start-up when there are any) turns into filters that apply to native warnings too.
import os
import subprocess
import sys


def run(*args, env=None):
    full_env = dict(os.environ)
    full_env.pop("PYTHONWARNINGS", None)
    full_env.update(env or {})
    p = subprocess.run([sys.executable, "-S", *args], capture_output=True, text=True, env=full_env)
    print(args, p.returncode)
    print("  out:", p.stdout.strip())
    for line in p.stderr.strip().splitlines():
        print("  err:", line)


run("-W", "error", "-c", "import warnings; warnings.warn('boom')")
run("-Werror::DeprecationWarning", "-c", "import sys; print(sys.warnoptions); bool(NotImplemented)")
run("-Wxxx", "-W", "ignore::Nope", "-Wi", "-c", "import sys; sys.modules['warnings'].warn('foo', RuntimeWarning)")
run("-Wd", "-c", "import sys; print(sys.warnoptions)", env={"PYTHONWARNINGS": "ignore::DeprecationWarning,,error"})
run("-E", "-c", "import sys; print(sys.warnoptions)", env={"PYTHONWARNINGS": "once"})
