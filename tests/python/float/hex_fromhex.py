for x in (0.0, -0.0, 1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, -123.456, float('inf'), float('nan')):
    print(x.hex())
for s in ('0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x1p-1074', '0x.8', '1', '0x1.0000000000000fp0', ' 0X1P+3 ', 'inf', '-Infinity', 'nan', '0x1.8'):
    print(repr(s), float.fromhex(s))
for s in ('0x1p2000', 'xyz', '0x'):
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
