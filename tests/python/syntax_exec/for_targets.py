for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = {}
for d['k'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in 'xyz':
    pass
print(o.attr)
l = [0, 0]
for l[0] in range(5):
    pass
print(l)
for x, in [(1,), (2,)]:
    print(x)
