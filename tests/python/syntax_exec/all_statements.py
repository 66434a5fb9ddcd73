import math
from math import floor as fl
x = 1
x += 1
y: int = 2
del y
assert x == 2
if x > 1:
    print('if')
elif x < 0:
    print('elif')
else:
    print('else')
while x < 5:
    x += 1
    if x == 3:
        continue
    if x == 4:
        break
else:
    print('no')
for i in range(2):
    pass
else:
    print('for else', i)
try:
    raise ValueError
except ValueError:
    print('except')
else:
    print('no')
finally:
    print('finally')
with open(__file__) as fh:
    print(fh.readline().strip())
def f(): return 'def'
class C: pass
global g
g = 5
print(f(), C.__name__, g, fl(2.5), math.pi > 3)
match x:
    case 4: print('match 4')
pass
print(type(lambda: 0).__name__, [i for i in 'ab'], x if x else 0)
