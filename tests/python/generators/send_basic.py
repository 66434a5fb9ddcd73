def acc():
    total = 0
    while True:
        x = yield total
        print('got', x)
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
try:
    acc().send(1)
except TypeError as e:
    print('TypeError:', e)
