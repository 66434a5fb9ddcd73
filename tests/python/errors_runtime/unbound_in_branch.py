def f(flag):
    if flag:
        v = 1
    return v
print('start')
f(False)
print('not reached')
