total = 0
for i in range(1, 2001):
    total += i ** 7
print(total)
print(sum(range(10**6)))
print(sum(x * x for x in range(1000)))
prod = 1
for i in range(1, 101):
    prod *= i
print(prod % (10**9 + 7), str(prod).count('0'), len(str(prod)))
