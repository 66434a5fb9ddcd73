fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([g() for row in gs for g in row])
print([(lambda k: k * 2)(k) for k in range(3)])
