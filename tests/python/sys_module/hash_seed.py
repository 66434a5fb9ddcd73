# PYTHONHASHSEED keys the hashes of str, bytes and memoryview (and so of everything built
# on them) as CPython keys them: each child prints its hashes under a given seed, and the
# expected output holds CPython's. Without the variable the key is random, so two runs
# differ; an invalid value is a fatal error at start-up.
import os
import subprocess
import sys

CHILD = r"""
import sys
texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "0123456789abcdef", "x" * 100,
         "é", "héllo wörld", "€", "€uro€uro", "日本語テキスト", "😀", "a😀b", "é€😀", "\xff" * 9]
print([hash(t) for t in texts])
print([hash(t.encode()) for t in texts])
print([hash(memoryview(t.encode("utf-16-le"))) for t in texts])
print(hash(("abc", b"abc", 1)), hash(frozenset(["a", "b", "é€😀"])))
print(sorted({"apple", "banana", "cherry"}), sys.flags.hash_randomization)
"""

base = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
HASHES = "import sys; print(hash('abc'), hash(b'abc'), sys.flags.hash_randomization)"
ZERO_KEY = "import sys; print(hash('abc') == -4594863902769663758, sys.flags.hash_randomization)"
STARTED = "print('started')"


def start(*options, seed=None, code=CHILD):
    env = dict(base) if seed is None else {**base, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, *options, "-c", code], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# The children run side by side; their results are printed in order.
runs = [(repr(seed), start(seed=seed)) for seed in ["0", "1", "4294967295", " +7"]]
# No value at all, "random" and an empty value: a new key for each process.
runs += [(f"{seed!r} run {i}", start(seed=seed, code=HASHES)) for seed, i in [(None, 1), (None, 2), ("random", 1), ("", 1)]]
# -E and -I ignore the variable, -R overrides it: random keys.
runs += [(option, start(option, seed="0", code=ZERO_KEY)) for option in ["-E", "-I", "-R"]]
runs += [("-E 'nonsense'", start("-E", seed="nonsense", code=STARTED))]
runs += [(repr(seed), start(seed=seed, code=STARTED)) for seed in ["nonsense", "-1", "4294967296"]]

results = {}
for name, p in runs:
    out, err = p.communicate()
    results[name] = out
    if p.returncode or err:
        print(name, p.returncode, repr(out), repr(err))
    elif " run " in name:
        # Only whether the keys differ can be compared with CPython.
        h_str, h_bytes, flag = out.split()
        print(name, "str and bytes alike:", h_str == h_bytes, "flag:", flag)
        if name.endswith("2"):
            print(name[:-6], "differ:", results[name[:-1] + "1"].split()[0] != h_str)
    else:
        print(name)
        print(out, end="")
