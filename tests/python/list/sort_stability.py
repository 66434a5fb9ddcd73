data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2)])])
try:
    sorted([1, 'a'])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
