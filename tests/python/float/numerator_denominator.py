from_vals = [0.5, 0.1, 3.0, -1.75, 1e-3]
for v in from_vals:
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v, d & (d - 1) == 0)
print((0.1).as_integer_ratio())
print(float.fromhex((0.1).hex()) == 0.1, (0.1).hex())
