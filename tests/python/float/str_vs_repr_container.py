print([0.1, 1e100, float('inf'), -0.0])
print((1.5,), {1.5: 2.5}, {0.5})
print(str(1.0), repr([1.0]), f"{[2.0]}")
print(1.0e0, 1.e2, .5e-2, 0e0, 0.0e-0)
