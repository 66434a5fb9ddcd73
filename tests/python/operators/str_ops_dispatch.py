class S(str):
    def __add__(self, o):
        return 'S+'
    def __radd__(self, o):
        return '+S'
print('x' + S('y'), S('y') + 'x', S('a') * 2, type(S('a') * 2).__name__)
class L(list):
    def __radd__(self, o):
        return 'L-radd'
print([1] + L([2]), L([2]) + [1])
class T(tuple):
    def __rmul__(self, o):
        return 'T-rmul'
print(2 * T((1,)), T((1,)) * 2)
