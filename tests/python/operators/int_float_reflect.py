class F(float):
    def __radd__(self, o):
        return 'F.__radd__'
    def __rtruediv__(self, o):
        return 'F.__rtruediv__'
print(1 + F(2), 1.5 + F(2), F(2) + 1, 1 / F(2), F(2) / 1)
class I(int):
    def __rmul__(self, o):
        return 'I.__rmul__'
    def __lt__(self, o):
        return 'I.__lt__'
    def __gt__(self, o):
        return 'I.__gt__'
print(3 * I(2), 3.0 * I(2), I(2) * 3, 3 < I(4), I(4) > 3, 3 > I(4))
