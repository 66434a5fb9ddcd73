a = int('123456789' * 30)
b = int('987654321' * 25)
p = a * b
print(p)
print(p // a == b, p % a, p % 1000007)
print((a - b) * (a + b) == a * a - b * b)
print(a ** 2 % b)
