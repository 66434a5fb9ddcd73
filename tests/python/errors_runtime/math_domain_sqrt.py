import math
print('start')
math.sqrt(-1)
print('not reached')
