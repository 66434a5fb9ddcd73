class A:
    def m(self): pass
print('start')
A().m(1)
print('not reached')
