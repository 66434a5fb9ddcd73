# int arithmetic in compiled loops overflowing into big integers and back.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 7 + i
    return x

print(grow(10))
print(grow(100))
print(grow(400) % 1000003)

def shrink():
    x = 2 ** 80
    steps = 0
    while x > 5:
        x = x // 3 - 1
        steps += 1
    return steps, x

print(shrink())

def mixed_ops(n):
    acc = 0
    for i in range(-n, n):
        acc += i * i * i - (i // 7) + (i % 5) - (-i % 3) + (i >> 2) + (i & 12) + (i | 3) + (i ^ 9)
        acc -= i << 3
    return acc

print(mixed_ops(1000))

def near_limit(n):
    big = 2 ** 53 - 5
    out = []
    for i in range(n):
        out.append(big + i)
        out.append(-big - i)
        out.append((big + i) * -1)
    return out[-6:]

print(near_limit(300))

def negzero(n):
    r = []
    for i in range(n):
        r.append(0 * -i)
        r.append(-i % 1)
        r.append(-i // (i + 1) * 0)
    return [float(v) for v in r[-3:]], r[:3]

print(negzero(300))
