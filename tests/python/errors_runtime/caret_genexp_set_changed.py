s = {1, 2}
g = (s.add(k * 10) for k in s)
print('start')
print(sum(1 for _ in g))
