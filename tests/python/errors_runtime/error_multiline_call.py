def f(a, b, c): return a + b + c
print('start')
f(1,
  2,
  'three')
print('not reached')
