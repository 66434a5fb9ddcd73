width = 10
prec = 4
val = 12.34567
print(f"{val:{width}.{prec}}", f"{val:{'<' if val > 0 else '>'}{width}}", f"{f'{val:.1f}':>8}")
print(f"{'{'}", f"{'}'}", f"{{{val:.0f}}}", f"{{}}", f"{width!r:{prec}}")
d = {'k': [1, 2, 3]}
print(f"{d['k'][1]}", f"{d!r}", f"{len(d['k']):03}", f"{sum(x for x in d['k'])}")
def f(*a, **k):
    return f"{a}{k}"
print(f"{f(1, b=2)}", f"{3 if True else 4}", f"{not False}", f"{(1, 2)}", f"{1, 2}")
class P:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{P()}", f"{P():abc}", f"{P():{width}}", f"{P()!s:>3}" if False else f"{P()!r}"[:2])
