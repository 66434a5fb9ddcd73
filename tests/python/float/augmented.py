x = 1.0
for op in range(10):
    x *= 1.5
    x -= 0.25
    x /= 1.1
print(x)
y = 100.0
y //= 7; print(y)
y %= 5; print(y)
y **= 3; print(y)
y += 0.1; print(y)
z = 10
z /= 4; print(z, type(z).__name__)
