import operator
from functools import reduce
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow]
for op in ops:
    print(op.__name__, reduce(op, [100, 7, 3]))
print(operator.lt(1, 2), operator.is_(None, None), operator.getitem([1, 2], 1), operator.concat('a', 'b'), operator.iadd([1], [2]))
