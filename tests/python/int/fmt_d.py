VALS = [0, 1, -1, 7, -42, 255, 65535, -65536, 10**12, -(10**18), 2**64 + 1, 2**100]
SPECS = ['d', '5d', '<6d', '^8d', '+d', ' d', '08d', '=+10d', ',d', '_d', '*>12,d']
for v in VALS:
    print(v, [format(v, s) for s in SPECS])
