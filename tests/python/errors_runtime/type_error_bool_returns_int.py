class A:
    def __bool__(self): return 1
print('start')
bool(A())
print('not reached')
