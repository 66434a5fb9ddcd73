a = 1; b = 2; print(a + b)
if a: print('one-line if'); print('second stmt')
for i in range(2): print('loop', i)
while b: b -= 1; print('while', b)
def f(x): return x * 2
class K: v = 1; w = 2
print(f(3), K.v + K.w)
try: 1 / 0
except ZeroDivisionError: print('caught')
with open(__file__) as h: print(len(h.readline()) > 0)
