for n in (0, 1, -1, 2, 7, 8, -8, 255, 256, 2**31, 2**63, -(2**63), 2**64 - 1, 10**30, -(10**30)):
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
