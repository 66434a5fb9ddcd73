def outer(n):
    class Local:
        def __init__(self): self.n = n
        def get(self):
            def inner(): return self.n * 2
            return inner()
    return Local().get()
print(outer(21))
class A:
    class B:
        class C:
            v = 'deep'
print(A.B.C.v, A.B.C.__qualname__)
