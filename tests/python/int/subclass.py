class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(+a).__name__)
print(type(abs(a)).__name__, int(a), type(int(a)).__name__)
class Big(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
b = Big(2**70, "x")
print(b, b.tag, b * 2, b == 2**70, hash(b) == hash(2**70))
print(MyInt('ff', 16), MyInt(3.7))
print(f"{a}", f"{a!r}", str(a), format(a, '05'))
