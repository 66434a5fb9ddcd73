vals = [1 + 2j, 2, 0.5, True, -3j]
for a in vals:
    print([a + b for b in vals])
    print([a * b for b in vals])
print((1+2j) / (3-4j), (1+2j) / 2.0, 1 / (1j), (1e300+1e300j) * 2)
