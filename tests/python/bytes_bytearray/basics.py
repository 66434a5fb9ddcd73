b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), bytes(3), bytes([65, 66]), bytes(range(5)))
print(b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'' in b'a', b'ab' < b'b', b'a' == bytearray(b'a'))
print(repr(b'\t\n\r\\\'"'), repr(b"'"), repr(b'"\''), bytes('é', 'utf-8'), bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex())
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('x'), lambda: b'a' + 'b', lambda: bytes.fromhex('abc'), lambda: b'a'[5]):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
