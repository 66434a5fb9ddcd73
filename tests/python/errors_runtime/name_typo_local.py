def f():
    number = 1
    return numbr

print('start')
f()
print('not reached')
