import _swallow_jit as J

def f(x):
    return x + 1

for i in range(J.threshold() - 1):
    f(i)
print("before threshold:", J.is_compiled(f))
f(0)
f(0)
print("after threshold:", J.is_compiled(f))

def looping(n):
    # One call: compiled through its loop's back-edges (on-stack replacement).
    total = 0
    for i in range(n):
        total += i
        if i == n - 1:
            return total, J.info(looping)["compilations"] > 0

print("loop:", looping(J.threshold() * 3))

def gen():
    for i in range(1000):
        yield i

print("generator:", sum(gen()), J.is_compiled(gen), J.info(gen)["never"])

async def coroutine():
    return 1

def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print("coroutine:", sum(drive(coroutine()) for _ in range(J.threshold() * 3)), J.is_compiled(coroutine), J.info(coroutine)["never"])

# An async generator's yields are wrapped for asend/athrow: it stays in the interpreter.
async def agen():
    yield 1

def drive_agen():
    try:
        agen().asend(None).send(None)
    except StopIteration as e:
        return e.value

print("async generator:", sum(drive_agen() for _ in range(J.threshold() * 3)), J.is_compiled(agen), J.info(agen)["never"])

# Long code must be hotter before it is compiled: the threshold grows with its length.
body = "".join(f"    if x == {i}:\n        x += 1\n" for i in range(300))
namespace = {}
exec(f"def long(x):\n{body}    return x\n", namespace)
long = namespace["long"]
for _ in range(J.threshold() * 2):
    long(-1)
print("long code:", J.is_compiled(long), end=" ")
for _ in range(J.threshold() * 8):
    long(-1)
print(J.is_compiled(long))
