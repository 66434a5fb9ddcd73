vals = [-2**70, -5, 0, 5, 2**70, 5.0, True]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals], [a >= b for b in vals])
