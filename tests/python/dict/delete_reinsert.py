d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
for i in range(0, 10, 3):
    d[i] = -i
print(d, list(d)[:3], next(iter(d)), len(d))
d.pop(1); d[1] = 'back'
print(list(d.items())[-2:])
print({k: d[k] for k in sorted(d)})
