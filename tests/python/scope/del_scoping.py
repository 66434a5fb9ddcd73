x = 1
def f():
    global x
    del x
f()
print('x' in globals())
def g():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(g())
