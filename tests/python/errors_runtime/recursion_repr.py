class A:
    def __repr__(self): return repr(self)
print('start')
repr(A())
print('not reached')
