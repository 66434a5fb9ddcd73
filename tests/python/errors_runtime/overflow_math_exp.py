import math
print('start')
math.exp(800)
print('not reached')
