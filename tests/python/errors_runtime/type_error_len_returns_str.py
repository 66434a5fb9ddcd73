class A:
    def __len__(self): return 'x'
print('start')
len(A())
print('not reached')
