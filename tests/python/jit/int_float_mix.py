# Arithmetic whose operand types change while the code is compiled.
def combine(a, b):
    return a + b, a - b, a * b, a / b, a < b, a == b, a >= b

def run(pairs):
    out = []
    for a, b in pairs:
        out.append(combine(a, b))
    return out

ints = [(i, i % 7 + 1) for i in range(400)]
print(run(ints)[-1])
floats = [(i * 0.5, 1.25) for i in range(400)]
print(run(floats)[-1])
mixed = [(i, 0.5) if i % 2 else (1.5, i + 1) for i in range(400)]
print(run(mixed)[-2:])
print(run([(True, 2), (10**20, 3), (2.5, 10**20), ("a", "b")][:3]))
try:
    run([(1, 0)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    run([(1.0, 0.0)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def strs(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
        if s < "0":
            s += "!"
    return len(s), s[:12]

print(strs(500))
