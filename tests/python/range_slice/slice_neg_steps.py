a = list(range(10))
for start in (None, -1, 3, 12, -12):
    for stop in (None, 0, -5, 8):
        print(start, stop, a[start:stop:-2], a[start:stop:3])
