class A:
    a = 1
    def __init__(self): self.b = 2
x = A()
print(vars(x), sorted(k for k in vars(A) if not k.startswith('__')))
print([n for n in dir(x) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
