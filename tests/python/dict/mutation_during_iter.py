d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = 'changed'
print(d)
d = {1: 1}
try:
    for k in d.values():
        d.pop(1); d[1] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 5)
except RuntimeError as e:
    print("RuntimeError:", e)
