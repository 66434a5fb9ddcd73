class A:
    def __hash__(self): return 'x'
print('start')
hash(A())
print('not reached')
