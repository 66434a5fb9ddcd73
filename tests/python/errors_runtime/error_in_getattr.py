class A:
    def __getattr__(self, n): return 1 / 0
print('start')
A().x
print('not reached')
