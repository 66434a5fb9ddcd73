print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff\xfe'.hex(), bytes.fromhex('00ff').hex('-'), b'abcdef'.hex(':', 2))
print(bytearray.fromhex('41 42'), b'\x00\x01'.hex(), memoryview(b'abc').tobytes(), list(memoryview(b'ab')))
print(int.from_bytes(b'\x01\x00', 'little'), b'ab'.decode('ascii'), b'AB'.lower().decode())
