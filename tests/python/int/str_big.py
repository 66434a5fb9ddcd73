n = 1
for i in range(1, 60):
    n *= i
print(n)
print(str(-n), repr(n), len(str(n)))
print(10**100)
print(-(10**99) - 1)
x = int('9' * 300)
print(x + 1 == 10**300, len(str(x)))
print(str(2**1000)[:20], str(2**1000)[-20:])
print(f"{2**200:,}")
print(f"{2**200:_x}")
print(format(-(2**90), '>50'))
