class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0])
def f():
    with CM():
        return 'value'
print(f())
def g():
    for i in range(3):
        with CM():
            if i == 1:
                break
    return i
print(g())
def h():
    with CM():
        try:
            return 'inner'
        finally:
            print('inner finally')
print(h())
