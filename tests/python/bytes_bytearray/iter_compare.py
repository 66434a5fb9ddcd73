b = b'\x01\x02\xff'
for i, x in enumerate(b):
    print(i, x, type(x).__name__)
print(sorted(b'cab'), max(b'abc'), sum(b'\x01\x02'), bytes(reversed(b'abc')), b'a' < b'ab' < b'b')
print(b'abc' == 'abc', b'' == bytearray(), [b'x', bytearray(b'x')].count(b'x'))
