class Color:
    RED = 'red'
    GREEN = 'green'
import math
def m(x):
    match x:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case math.pi:
            return 'pi'
        case _:
            return 'no'
for v in ('red', 'green', 3.141592653589793, 'blue'):
    print(v, m(v))
RED = 'red'
match 'blue':
    case RED:
        print('capture pattern binds:', RED)
