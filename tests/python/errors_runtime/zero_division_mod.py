items = [3, 2, 0]
for d in items:
    print(100 % d)
