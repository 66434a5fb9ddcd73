class C:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.inc().__name__, D.inc().__name__, C.count, D.count)
print(C.add(1, 2), C().add(3, 4), type(C.__dict__['add']).__name__, type(C.__dict__['inc']).__name__)
print(C.__dict__['add'].__func__(5, 6), callable(C.__dict__['add']))
print(C.inc.__self__.__name__, C().inc.__self__.__name__)
