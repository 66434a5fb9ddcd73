# Code that deoptimises is recompiled with wider feedback; after a few rounds it is compiled
# without speculation and stays compiled.
import _swallow_jit as J

def poly(x):
    return x + x

values = [1, 1.5, "s", (1,), [2], 10**30, True, 2j]
for v in values:
    for _ in range(2 * J.threshold()):
        poly(v)
info = J.info(poly)
print(info["compiled"], info["compilations"] >= 2, info["deoptimisations"] >= 1)
for v in values:
    for _ in range(2 * J.threshold()):
        poly(v)
print(J.info(poly)["compiled"], [poly(v) for v in values])
