VALS = [0, 1, -1, 7, -42, 255, 65535, -65536, 10**12, -(10**18), 2**64 + 1, 2**100]
SPECS = ['e', '.2f', 'g', '%', '.3G', 'n']
for v in VALS:
    print(v, [format(v, s) for s in SPECS])
