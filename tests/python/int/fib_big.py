a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 50 == 0 or i > 295:
        print(i, a)
print(a.bit_length(), a % 1000000007)
