class A:
    def __init__(self): return 1
print('start')
A()
print('not reached')
