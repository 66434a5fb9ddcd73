# operator.index and other index users take an int subclass's own value, not its __index__.
import operator


class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1


m = MyInt(7)
print(m.__index__(), operator.index(m), type(operator.index(m)).__name__, [10, 11, 12, 13, 14, 15, 16, 17, 18][m])
print(hex(m), bin(MyInt(2)), range(10)[m], "abcdefghij"[m])


class BadInt2(int):
    def __index__(self):
        return True


print(operator.index(BadInt2()), [1, 2][BadInt2()])
