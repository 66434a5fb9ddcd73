print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list(x * 2 for x in range(3)))
print(list({3: 0}.items()), list(map(str, [1, 2])), list(reversed([1, 2, 3])), list(b'ab'))
a = [1, 2, 3]
b = list(a)
b.append(4)
print(a, b, a == b[:3])
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def append(self, x):
        super().append(x * 10)
m = MyList([1, 2])
m.append(3)
m.extend([4])
print(m, type(m).__name__, type(m + [1]).__name__, type(m[:1]).__name__, type(m * 2).__name__)
