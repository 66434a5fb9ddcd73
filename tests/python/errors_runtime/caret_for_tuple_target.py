def f():
    for x, y in [(1, 2), 3]:
        print(x, y)
f()
