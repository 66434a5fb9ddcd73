# The locale a program starts in: UTF-8 mode (PEP 540) from PYTHONUTF8 or a C LC_CTYPE,
# and the coercion of the C locale to C.UTF-8 (PEP 538) that the program's setlocale and its
# child processes see, unless LC_ALL is set or PYTHONCOERCECLOCALE=0.
# test-timeout: 90
import os
import subprocess
import sys

PROBE = (
    "import locale, os, subprocess, sys; print(locale.getpreferredencoding(), locale.getencoding(),"
    " sys.flags.utf8_mode, os.environ.get('LC_CTYPE'), locale.setlocale(locale.LC_CTYPE),"
    " repr(subprocess.run(['sh', '-c', 'echo $LC_CTYPE'], capture_output=True, text=True).stdout))"
)
settings = [
    {},
    {"LC_ALL": "C"},
    {"LANG": "C"},
    {"LANG": "POSIX"},
    {"LANG": "C.UTF-8"},
    {"LANG": "C.utf8"},
    {"LC_CTYPE": "en_US.UTF-8"},
    {"PYTHONUTF8": "0"},
    {"PYTHONUTF8": "1", "LANG": "C.UTF-8"},
    {"PYTHONCOERCECLOCALE": "0"},
    {"PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    {"LC_ALL": "C.UTF-8", "LANG": "C"},
]
for extra in settings:
    env = {"PATH": os.environ["PATH"], **extra}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True)
    print(sorted(extra.items()), out.stdout.strip(), out.stderr.strip())
