s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(10, -10, -3).indices(8))
print('abcdefghij'[s], list(range(20))[slice(3, None, 5)], (1, 2, 3)[slice(None, None, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None], g[1:2:3, ::])
