def outer():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 'changed'
    return [f() for f in fs]
print(outer())
def outer2():
    x = 1
    f = lambda: x
    del x
    try:
        return f()
    except NameError as e:
        return str(e)
print(outer2())
