class O:
    def __init__(self): self.v = 1
o = O()
o.v += 5
lst = [1, 2]
lst[0] += 10
lst[-1] *= 3
d = {'k': 1}
d['k'] -= 5
d.setdefault('z', [])
d['z'] += [1]
print(o.v, lst, d)
class Tracked(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
t = Tracked(a=1)
t['a'] += 2
def key():
    print('key evaluated')
    return 'a'
t[key()] **= 2
print(t)
