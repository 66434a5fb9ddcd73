class O: pass
o = O()
o.x, o.y = 1, 2
d = {}
d[1], d[2] = 'a', 'b'
l = [0] * 4
l[1:3] = 'xy'
l[0], *l[3:] = 'P', 'Q', 'R'
print(vars(o), d, l)
[a, b], [c, d2] = 'ab', 'cd'
print(a, b, c, d2)
