def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n > 10:
        break
    if n % 3 == 0:
        out.append(n)
print(out)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print(list(take(5, naturals())), list(take(3, (c for c in 'abcdef'))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(20, fib())))
