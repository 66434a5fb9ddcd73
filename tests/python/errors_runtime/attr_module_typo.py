import math
print('start')
math.pie
print('not reached')
