class A:
    def __bool__(self):
        print("bool called")
        return False
class L:
    def __len__(self):
        print("len called")
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(A()), bool(L()), bool(Both()), bool(Neither()))
if not A():
    print("falsy")
print(A() or "other")
print(L() and "then")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
