class A:
    def __lt__(self, o): raise ValueError('no order')
print('start')
sorted([A(), A()])
print('not reached')
