x = 'global'
class A:
    x = 'class'
    y = x
    def f(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().f(), A.z, A.w)
class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(B.total, B.doubled)
