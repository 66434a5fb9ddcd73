def deco(c): return c.missing
print('start')
@deco
class A: pass
print('not reached')
