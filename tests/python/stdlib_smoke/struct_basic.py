import struct
b = struct.pack('<iHd', -2, 65535, 1.5)
print(b, len(b), struct.unpack('<iHd', b), struct.calcsize('<iHd'), struct.calcsize('iHd'))
print(struct.pack('>I', 1), struct.pack('!h', -2), struct.unpack('>q', b'\xff' * 8), struct.pack('3s', b'abcdef'), struct.pack('?x', True))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
try:
    struct.pack('b', 200)
except struct.error as e:
    print('struct.error:', e)
