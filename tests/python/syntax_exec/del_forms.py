a = 1; b = [1, 2, 3, 4]; c = {'k': 1, 'j': 2}
class O: pass
o = O(); o.x = 1
del a, b[0], c['k'], o.x
print('a' in dir(), b, c, vars(o))
x, y = 1, 2
del (x, y)
print('x' in dir())
l = [1, 2, 3, 4, 5]
del l[::2], l[0]
print(l)
e = [1, 2]
del [e[0]]
print(e)
