VALS = [0, 1, -1, 3, -3, 10**9 + 7, 2**62, -(2**63), 2**64, 3**80, -(7**60), 10**40 + 1]
for a in VALS:
    row = []
    for b in VALS:
        try:
            row.append(a // b)
        except ZeroDivisionError as e:
            row.append('ZDE')
    print(a, row)
