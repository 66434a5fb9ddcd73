def f():
    global a, b
    a = b = 1
