class A:
    def __init__(self): self.b = 1; self.a = 2
a = A()
print(vars(a), sorted(vars(a)), dir(a)[-2:])
import math
print([n for n in dir(math) if n.startswith('f')])
print('__name__' in dir(), sorted(k for k in vars() if not k.startswith('_')))
