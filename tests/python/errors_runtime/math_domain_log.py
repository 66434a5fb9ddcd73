import math
print('start')
math.log(0)
print('not reached')
