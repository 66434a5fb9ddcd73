g = 'module'
class A:
    global g
    g = 'set in class body'
print(g)
def f():
    class B:
        nonlocal_val = 1
    return B.nonlocal_val
print(f())
