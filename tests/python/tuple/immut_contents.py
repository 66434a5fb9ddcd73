t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print(tuple([1, 2]) == (1, 2), tuple(range(3)), tuple({'x': 1}), tuple(x for x in 'hi'))
