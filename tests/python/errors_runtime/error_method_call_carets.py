class A:
    def compute(self, v): return v / 0
print('start')
result = A().compute(10) + 1
print('not reached')
