import math
xs = [0.1] * 10
print(sum(xs), math.fsum(xs))
ys = [1e100, 1.0, -1e100, 1.0]
print(sum(ys), math.fsum(ys))
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / i
print(acc, repr(acc))
print(sum([1e16, 1.0, -1e16]), 1e16 + 1.0 - 1e16)
print(0.1 + 0.7, 0.7 + 0.1, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
