print('start')
x = 1
def f():
    global x
    x = 'changed'
    raise OSError(2, 'No such file or directory', 'missing.txt')
f()
