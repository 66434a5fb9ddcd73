def v(x):
    print('v', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2) is not v(None))
print(1 < 2 > 0 < 5 >= 5 <= 5 == 5 != 6)
print(1 in [1] in [[1]], 2 not in [1] not in [[2]])
x = 5
print(0 < x <= 10, 0 < x < 3, x < 10 < x * 3)
a = [1, 2]
print(a < [1, 3] < [2], a is a is not None)
