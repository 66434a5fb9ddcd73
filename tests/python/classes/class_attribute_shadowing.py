class A:
    items = []
    n = 0
a, b = A(), A()
a.items.append(1)
a.n += 1
print(A.items, b.items, a.n, b.n, A.n, 'n' in a.__dict__, 'items' in a.__dict__)
A.n = 10
print(a.n, b.n)
del a.n
print(a.n)
