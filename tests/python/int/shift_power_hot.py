# int << and ** in hot code: results past 2**53, negative and huge exponents and shift counts,
# bools as operands, and the errors, agree with the general path.
def sh(x, y):
    return x << y
vals = [0, 1, -1, 5, -5, 2**31 - 1, -2**31, 2**31, 2**40, -2**52, 2**53, 2**70, True, False]
out = []
for _ in range(300):
    out = []
    for x in vals:
        for y in (0, 1, 5, 21, 22, 30, 31, 32, 33, 52, 53, 64, 100, True):
            out.append(sh(x, y))
print(len(out), sum(out), out[:20], out[-20:])
for bad in (-1, -100):
    try:
        sh(1, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sh(1, 2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(sh(0, 2**70))
x = 3
x <<= 40
print(x, type(x))

def pw(x, y):
    return x ** y
vals = [0, 1, -1, 2, -2, 3, 10, -7, 2**26, 2**27, -2**26, 94906265, 94906266, 2**52, True, False]
out = []
for _ in range(300):
    out = []
    for x in vals:
        for y in (0, 1, 2, 3, 5, 17, 31, 32, 53, 63, 64, 65, 100, True, False):
            out.append(pw(x, y))
print(len(out), sum(out) % 1000000007, out[:30])
print([pw(x, -1) for x in (1, 2, -4)], [pw(x, -2) for x in (1, 3)])
try:
    pw(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pw(-2, 63), pw(-2, 53), pw(2, 53), pw(-1, 10**6), type(pw(3, 2)))
