class A:
    def __iter__(self): return 1
print('start')
iter(A())
print('not reached')
