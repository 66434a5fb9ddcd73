def floats(n):
    x = 0.5
    s = 0.0
    for i in range(n):
        s += x * 1.5 - i / 3
    return s
print(floats(1000))

def chained(xs):
    out = []
    for a in xs:
        b = a * 0.5
        out.append((0.1 < b * 2.0 <= 7.5, a * a - b / 3 + (a - b) * (a + b), -a * 2.0))
    return out[-3:]

print(chained([i * 0.25 for i in range(600)]))
print(chained([1, 2.5, 3]))

def divide(xs, d):
    return [x / d for x in xs]

print(divide([1.0, 2.0] * 300, 4.0)[-2:])
try:
    divide([1.0] * 300, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
