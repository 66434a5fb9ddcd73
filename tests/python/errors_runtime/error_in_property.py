class A:
    @property
    def p(self): return self.q
print('start')
A().p
print('not reached')
