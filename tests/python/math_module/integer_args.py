import math
print(math.sqrt(10**20), math.sqrt(2**1000) == 2**500, math.log(10**100), math.log(2**1000, 2), math.log10(10**300))
print(math.log(10**400), math.log2(2**2000), math.floor(10**30), math.fabs(-(10**20)))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print('OverflowError:', e)
print(math.copysign(10**20, -1), math.trunc(True), math.factorial(True))
