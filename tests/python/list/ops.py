a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([1] * 3, [[0]] * 2, 2 * [None], [] * 10, [1, 2] * -1)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [float('nan')] == [float('nan')])
x = float('nan')
print([x] == [x], x in [x], [x].count(x), [x].index(x))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
c = [1]
c += (2, 3)
c += 'ab'
print(c)
try:
    [1] < ['a']
except TypeError as e:
    print("TypeError:", e)
