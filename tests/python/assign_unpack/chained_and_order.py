a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
class T:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)
t = T()
t.a = t.b = 5
d = {}
d['a'] = d['b'] = len(d)
print(d)
p, q = q, p = 1, 2
print(p, q)
