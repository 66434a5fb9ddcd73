print(abs(-0), abs(-0.0), abs(-10**30), abs(complex(-3, 4)))
class A:
    def __abs__(self): return 'abs!'
print(abs(A()), any(()), all(()), any([None, 0, 0.0, '']), all([1, 'x', [0]]))
print(any(iter([0, 0, 1])), all(x > 0 for x in [1, 2, -1, 3]))
