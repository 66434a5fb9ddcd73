class A:
    x = 1
a = A()
try:
    del a.x
except AttributeError as e:
    print('AttributeError:', e)
del A.x
try:
    A.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del A.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.x = 1
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(5, 'real', 1)
except AttributeError as e:
    print('AttributeError:', e)
