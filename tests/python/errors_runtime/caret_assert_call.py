def ok(v):
    return v > 1
x = 1
assert ok(x) , 'ok(x)'
