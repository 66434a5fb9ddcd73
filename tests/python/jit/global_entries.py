# LOAD_GLOBAL caches the dictionary entry of a name: rebinding keeps it, adding or removing
# a key (a global that starts or stops shadowing a builtin) must be seen at once.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def reads_len(s):
    return len(s)


results = []
for i in range(300):
    bump()
    results.append(reads_len("abc"))
    if i == 100:
        def len(s):
            return -1
    if i == 200:
        del len
print(counter, results[:2], results[101:103], results[201:203], sum(results))

# A global created after the reader was compiled, and deleted again.
def reads_late():
    try:
        return late
    except NameError as e:
        return str(e)


seen = []
for i in range(200):
    if i == 80:
        late = "here"
    if i == 160:
        del late
    seen.append(reads_late())
print(seen[79], seen[80], seen[159], seen[160])

# The same code run against other globals.
src = "def get():\n    return value\n"
ns1 = {"value": 1}
ns2 = {"value": 2}
exec(src, ns1)
exec(src, ns2)
total = 0
for i in range(500):
    total += ns1["get"]() * 10 + ns2["get"]()
    if i == 250:
        ns1["value"] = 3
print(total)

# Clearing a module-like namespace.
ns3 = {"value": 5}
exec(src, ns3)
get3 = ns3["get"]
for i in range(100):
    get3()
ns3.clear()
try:
    print(get3())
except NameError as e:
    print("NameError", e)
ns3["value"] = 6
print(get3())

# Builtins shadowed and unshadowed through the builtins module.
import builtins

original_abs = abs


def absolute(x):
    return abs(x)


out = []
for i in range(300):
    if i == 100:
        builtins.abs = lambda x: "patched"
    if i == 200:
        del builtins.abs
    if i == 201:
        builtins.abs = __import__("math").fabs
    try:
        out.append(absolute(-2))
    except NameError as e:
        out.append(str(e))
builtins.abs = original_abs
print(out[99], out[100], out[200], out[201], absolute(-3))
