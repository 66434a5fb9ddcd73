print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [4]], [1, 2, 3] > [1, 2])
print([None] == [None], [None, 1] == [None, 1.0])
try:
    [None] < [None]
except TypeError as e:
    print("TypeError:", e)
class E:
    def __eq__(self, o):
        print('eq called')
        return True
e = E()
print([e] == [e], [E()] == [1], [1, 2] != [1, 2])
