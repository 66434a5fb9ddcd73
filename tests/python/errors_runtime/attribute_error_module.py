import math
print(math.sqrt(4))
print(math.sqroot(4))
