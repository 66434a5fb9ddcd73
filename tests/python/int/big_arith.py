a = 2**100
b = 3**70
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // a, b % a)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(a ** 3)
print((-a) ** 3)
print(-(2**63), 2**63 - 1, 2**64, -(2**64) + 1)
print(10**50 // 7, 10**50 % 7)
print(2**53 + 1, 2**53 + 1.0)
print(float(2**53 + 1), int(float(2**53 + 1)))
