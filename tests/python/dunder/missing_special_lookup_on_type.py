class A:
    pass
a = A()
a.__len__ = lambda: 5
a.__repr__ = lambda: 'instance repr'
a.__add__ = lambda o: 'instance add'
try:
    len(a)
except TypeError as e:
    print('TypeError:', e)
print(repr(a).startswith('<__main__.A'), a.__len__(), a.__repr__())
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
A.__len__ = lambda self: 7
print(len(a))
