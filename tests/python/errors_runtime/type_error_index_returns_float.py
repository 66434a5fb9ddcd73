class A:
    def __index__(self): return 1.0
print('start')
[1][A()]
print('not reached')
