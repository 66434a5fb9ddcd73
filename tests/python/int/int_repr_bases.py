for n in (0, 1, -1, 10, -10, 2**32, -(2**32), 2**100):
    print(bin(n), oct(n), hex(n), format(n, 'b'), format(n, 'o'), format(n, 'X'))
for s in ('0b1111', '-0o17', '0xABC', '-0X1'):
    print(s, int(s, 0))
