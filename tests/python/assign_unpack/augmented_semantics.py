a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u)
s = 'x'
s2 = s
s += 'y'
print(s, s2)
c = {1}
cc = c
c |= {2}
print(cc)
class N:
    def __init__(self): self.calls = 0
    def __getitem__(self, k):
        self.calls += 1
        return 0
    def __setitem__(self, k, v): print('set', k, v)
n = N()
n[0] += 5
print(n.calls)
